/**
 * Numeric identifiers that recur across CRM methods.
 *
 * Owner (entity) types — crm.enum.ownertype,
 * bitrix24/b24restdocs api-reference/crm/auxiliary/enum/crm-enum-owner-type.md.
 */
export const CRM_ENTITY_TYPE = {
  lead: 1,
  deal: 2,
  contact: 3,
  company: 4,
  quote: 7,
  requisite: 8,
} as const;

/**
 * Address types — crm.enum.addresstype,
 * bitrix24/b24restdocs api-reference/crm/auxiliary/enum/crm-enum-address-type.md.
 * Docflow prints labels from the mailing address (8) and falls back to the legal one (6).
 */
export const CRM_ADDRESS_TYPE = {
  actual: 1,
  registered: 4,
  legal: 6,
  mailing: 8,
  beneficiary: 9,
  shipping: 11,
} as const;

/**
 * Countries of requisite presets — crm.requisite.preset.countries,
 * bitrix24/b24restdocs api-reference/crm/requisites/presets/crm-requisite-preset-countries.md.
 */
export const REQUISITE_COUNTRY = {
  RU: 1,
  BY: 4,
  KZ: 6,
  UA: 14,
} as const;
