import type { BitrixId, BitrixYesNo } from './scalars';

/**
 * Bank details of a requisite, as crm.requisite.bankdetail.get / .list return them.
 * Source: bitrix24/b24restdocs api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-fields.md.
 */
export interface BitrixBankDetail {
  readonly ID: BitrixId;
  /** The requisite. */
  readonly ENTITY_ID: BitrixId;
  readonly COUNTRY_ID: BitrixId;
  readonly NAME: string;
  readonly ACTIVE: BitrixYesNo;
  readonly SORT: string;
  readonly RQ_BANK_NAME?: string;
  readonly RQ_BANK_ADDR?: string;
  /** БИК (Russia); a Belarusian bank's BIC/SWIFT code may be here or in RQ_SWIFT. */
  readonly RQ_BIK?: string;
  /** Расчётный счёт. */
  readonly RQ_ACC_NUM?: string;
  readonly RQ_ACC_CURRENCY?: string;
  /** Корреспондентский счёт. */
  readonly RQ_COR_ACC_NUM?: string;
  /** IBAN — Belarusian accounts are IBANs ("BY13 …"). */
  readonly RQ_IBAN?: string;
  readonly RQ_SWIFT?: string;
  readonly COMMENTS?: string;
}
