import type {
  BitrixAddress,
  BitrixBankDetail,
  BitrixCompany,
  BitrixDeal,
  BitrixProductRow,
  BitrixRequisite,
  BitrixUser,
} from '../bitrix';
import type { DateInput } from '../format';
import type { DocumentIdentity, ParentIdentity } from '../numbers';

/**
 * One party of the document (the client, or our own company: the IS_MY_COMPANY one) as read
 * from Bitrix24. Shaped like appsscript/bitrix24/dealBundle.ts's PartyBundle, so the deal
 * reader's output passes straight in; anything may be missing, and buildMergeData says what.
 */
export interface PartyRecords {
  readonly company: BitrixCompany | undefined;
  readonly requisite: BitrixRequisite | undefined;
  /** The requisite's addresses: legal is TYPE_ID 6, postal TYPE_ID 8. */
  readonly addresses: readonly BitrixAddress[];
  readonly bankDetail: BitrixBankDetail | undefined;
}

/** A document that exists in the registry, with its date. */
export interface DatedDocument<I extends DocumentIdentity = DocumentIdentity> {
  readonly identity: I;
  readonly date: DateInput;
}

export interface MergeSettings {
  /** "Москва" or "г. Москва": where contracts are signed; default: our legal address's city. */
  readonly city?: string;
  /** The legal ground written after "НДС не облагается", e.g. "в связи с применением УСН". */
  readonly vatExemptReason?: string;
}

export interface MergeInput {
  /** The document being generated: its registry identity (shared/numbers) and its date. */
  readonly document: DatedDocument;
  /** Specifications, appendices, supplementary agreements: the contract they belong to. */
  readonly parentContract?: DatedDocument<ParentIdentity>;
  /** Invoices and acts: the contract or specification being paid or accepted. */
  readonly basis?: DatedDocument;
  readonly deal: BitrixDeal;
  /** The product rows this document lists (a contract gets its group's rows, the invoice all). */
  readonly rows: readonly BitrixProductRow[];
  readonly client: PartyRecords;
  readonly our: PartyRecords;
  /** The deal's responsible user. */
  readonly manager: BitrixUser | undefined;
  readonly settings?: MergeSettings;
}
