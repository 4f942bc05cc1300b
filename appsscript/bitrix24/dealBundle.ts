import type {
  BitrixAddress,
  BitrixBankDetail,
  BitrixCompany,
  BitrixDeal,
  BitrixProductRow,
  BitrixRequisite,
  BitrixUser,
} from '../../shared/bitrix';

/** One party of a deal (the client or our own company) with everything a document prints. */
export interface PartyBundle {
  readonly company: BitrixCompany | undefined;
  /** The company's first requisite (the one Bitrix24 lists first, by SORT then ID). */
  readonly requisite: BitrixRequisite | undefined;
  readonly addresses: readonly BitrixAddress[];
  readonly bankDetail: BitrixBankDetail | undefined;
}

/** Everything generation reads from Bitrix24 for one deal. */
export interface DealBundle {
  readonly deal: BitrixDeal;
  readonly rows: readonly BitrixProductRow[];
  readonly client: PartyBundle;
  readonly ours: PartyBundle;
  readonly manager: BitrixUser | undefined;
  /**
   * Product id → its catalogue section path ("Parent / Child"); products that do not exist (or
   * rows without a product) are absent. crm.deal.productrows.get carries no section, so the
   * reader looks the products up in the same batch.
   */
  readonly productSections: ReadonlyMap<string, string>;
}
