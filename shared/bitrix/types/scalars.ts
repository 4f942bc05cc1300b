/**
 * How Bitrix24 REST writes scalar values in JSON. Integer and money fields of CRM records come as
 * decimal strings ("ID": "410", "OPPORTUNITY": "1000000.00" in crm.deal.get), flags as "Y"/"N",
 * dates as ISO 8601 with the portal's offset ("2024-08-30T14:29:00+02:00").
 * Source: bitrix24/b24restdocs api-reference/crm/deals/crm-deal-get.md (response example) and
 * api-reference/data-types.md.
 */
export type BitrixId = string;
/** What a record ID looks like: a positive decimal integer without leading zeros. */
export const BITRIX_ID_PATTERN = /^[1-9]\d{0,15}$/;
export type BitrixYesNo = 'Y' | 'N';
/** Decimal number as text, e.g. "1000000.00". */
export type BitrixDecimal = string;
/** ISO 8601 with offset, e.g. "2024-08-30T14:29:00+02:00". */
export type BitrixDateTime = string;

/** Custom fields (`UF_CRM_1721244482250`): any type, configured per portal. */
export type BitrixUserFields = { readonly [K in `UF_${string}`]?: unknown };

/** A multi-field value (phones, e-mails, web sites) of a company or contact. */
export interface BitrixMultiField {
  readonly ID: BitrixId;
  readonly VALUE_TYPE: string;
  readonly VALUE: string;
  readonly TYPE_ID: 'PHONE' | 'EMAIL' | 'WEB' | 'IM' | 'LINK';
}
