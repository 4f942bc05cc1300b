import type { BitrixDateTime, BitrixId, BitrixMultiField, BitrixUserFields, BitrixYesNo } from './scalars';

/**
 * A company as crm.company.get returns it.
 * Source: bitrix24/b24restdocs api-reference/crm/companies/crm-company-get.md (response example)
 * and crm-company-fields.md. The legacy ADDRESS_* / REG_ADDRESS_* fields are not read: addresses
 * belong to requisites (see address.ts).
 */
export interface BitrixCompany extends BitrixUserFields {
  readonly ID: BitrixId;
  readonly TITLE: string;
  /** crm.status entity COMPANY_TYPE ("CUSTOMER", "PARTNER", …). */
  readonly COMPANY_TYPE: string | null;
  /** "Y" for our own legal entities (the seller's requisites come from here). */
  readonly IS_MY_COMPANY: BitrixYesNo;
  readonly ASSIGNED_BY_ID: BitrixId;
  readonly CURRENCY_ID: string | null;
  readonly DATE_CREATE: BitrixDateTime;
  readonly DATE_MODIFY: BitrixDateTime;
  readonly PHONE?: readonly BitrixMultiField[];
  readonly EMAIL?: readonly BitrixMultiField[];
}
