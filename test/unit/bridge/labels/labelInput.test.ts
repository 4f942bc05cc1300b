import { checkLabelInput, checkLabelSize, labelDots, labelInputFromAddress, type LabelInput } from '../../../../bridge/labels';
import { CONTRACT_LABEL } from './sampleLabels';

describe('label input', () => {
  it('tidies whitespace but keeps no-break spaces', () => {
    const checked = checkLabelInput({ ...CONTRACT_LABEL, addressee: '  ООО   «Ромашка» ', addressLines: ['ул. Ленина,  д.\u00a01', '  ', 'г. Химки'] });
    expect(checked.status === 'success' && checked.response).toMatchObject({ addressee: 'ООО «Ромашка»', addressLines: ['ул. Ленина, д.\u00a01', 'г. Химки'] });
  });

  it.each<[string, Partial<LabelInput>]>([
    ['no addressee', { addressee: ' ' }],
    ['no address lines', { addressLines: [] }],
    ['address lines that are not a list', { addressLines: 'ул. Ленина' as unknown as string[] }],
    ['too many address lines', { addressLines: Array.from({ length: 9 }, (_, i) => `строка ${i}`) }],
    ['no postcode', { postcode: '' }],
    ['no title', { title: '' }],
    ['no payload', { payload: '' }],
    ['an absurdly long line', { addressee: 'О'.repeat(500) }],
  ])('refuses %s with a typed error in Russian', (_name, change) => {
    const checked = checkLabelInput({ ...CONTRACT_LABEL, ...change });
    expect(checked.status).toBe('error');
    if (checked.status === 'error') {
      expect(checked.type).toBe('label_invalid_input');
      expect(checked.detail).toMatch(/^Этикетку не напечатать/);
    }
  });

  it('builds the input from a structured address: addressee and postcode taken out of the Russian Post lines', () => {
    const input = labelInputFromAddress(
      { addressee: 'ООО «Ромашка»', street: 'ул. Ленина', house: '1', flat: '12', locality: 'г. Химки', region: 'Московская обл.', postcode: '141400' },
      { title: 'Договор № 2026-00042', payload: 'DFC2600042U' },
    );
    expect(input).toEqual({
      addressee: 'ООО «Ромашка»',
      addressLines: ['ул. Ленина, д.\u00a01, кв.\u00a012', 'г. Химки', 'Московская обл.'],
      postcode: '141400',
      title: 'Договор № 2026-00042',
      payload: 'DFC2600042U',
    });
  });
});

describe('label size', () => {
  it('converts millimetres to dots at the printer resolution', () => {
    expect(labelDots({ widthMm: 100, heightMm: 50, dpi: 203 })).toEqual({ width: 799, height: 400 });
    expect(labelDots({ widthMm: 58, heightMm: 40, dpi: 300 })).toEqual({ width: 685, height: 472 });
  });

  it.each([
    [{ widthMm: 100, heightMm: 50, dpi: 600 as 203 }],
    [{ widthMm: 10, heightMm: 50, dpi: 203 as const }],
    [{ widthMm: 100, heightMm: 500, dpi: 203 as const }],
    [{ widthMm: Number.NaN, heightMm: 50, dpi: 203 as const }],
  ])('refuses %o', (size) => {
    expect(checkLabelSize(size).status).toBe('error');
  });
});
