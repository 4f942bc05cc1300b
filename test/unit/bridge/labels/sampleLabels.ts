import type { LabelInput, LabelSize } from '../../../../bridge/labels';

/** A contract for a company in the Moscow region, as the desk prints it. */
export const CONTRACT_LABEL: LabelInput = {
  addressee: 'ООО «Ромашка и партнёры»',
  addressLines: ['ул. Ленина, д.\u00a01, кв.\u00a012', 'г. Химки', 'Московская обл.'],
  postcode: '141400',
  title: 'Договор №\u00a02026-00042',
  payload: 'DFC2600042U',
};

/** An annex: the longest title and payload the numbering makes. */
export const ANNEX_LABEL: LabelInput = {
  addressee: 'Индивидуальный предприниматель Константинопольский Александр Вениаминович',
  addressLines: ['пр-кт Независимости, д.\u00a0185, корп.\u00a02, офис\u00a0305', 'г. Минск', 'Беларусь'],
  postcode: '220125',
  title: 'Дополнительное соглашение №\u00a01 к Договору №\u00a02026-00042',
  payload: 'DFDC2600042001B',
};

export const SIZES: readonly LabelSize[] = [
  { widthMm: 100, heightMm: 50, dpi: 203 },
  { widthMm: 100, heightMm: 50, dpi: 300 },
  { widthMm: 58, heightMm: 40, dpi: 203 },
  { widthMm: 58, heightMm: 40, dpi: 300 },
];
