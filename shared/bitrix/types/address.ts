import type { BitrixId } from './scalars';

/**
 * An address, as crm.address.list returns it. Addresses hang off requisites (ENTITY_TYPE_ID 8),
 * one per type: company → requisite → address (DESIGN.md).
 * Source: bitrix24/b24restdocs api-reference/crm/requisites/addresses/crm-address-fields.md and
 * crm-address-list.md (response example: every value is a string, unset ones null).
 */
export interface BitrixAddress {
  /** Address type (crm.enum.addresstype): 1 actual, 4 registered, 6 legal, 8 mailing, … (crmIds.ts). */
  readonly TYPE_ID: BitrixId;
  /** Parent type: 8 — requisite (1 — lead; 3/4 only on old portals). */
  readonly ENTITY_TYPE_ID: BitrixId;
  readonly ENTITY_ID: BitrixId;
  /** Street, house, building. */
  readonly ADDRESS_1: string | null;
  /** Apartment / office. */
  readonly ADDRESS_2: string | null;
  readonly CITY: string | null;
  readonly POSTAL_CODE: string | null;
  readonly REGION: string | null;
  readonly PROVINCE: string | null;
  readonly COUNTRY: string | null;
  /** Not used by Bitrix24 any more ("retained for backward compatibility"). */
  readonly COUNTRY_CODE: string | null;
  readonly LOC_ADDR_ID?: BitrixId | null;
  /** The company or contact the requisite belongs to (filled by Bitrix24). */
  readonly ANCHOR_TYPE_ID?: BitrixId;
  readonly ANCHOR_ID?: BitrixId;
}
