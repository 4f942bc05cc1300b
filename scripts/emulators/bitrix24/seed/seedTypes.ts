// The seed: CRM data in Bitrix24 REST field names and REST links (see docs/bitrix24-emulator.md).
// After validation every record is normalized to what the REST API returns: ids and scalar values
// as strings, the documented default fields filled in.

export type CrmRecord = Record<string, unknown>;

export interface UserRecord extends CrmRecord {
  ID: string;
  NAME: string;
  LAST_NAME: string;
  EMAIL: string;
}

export interface CompanyRecord extends CrmRecord {
  ID: string;
  TITLE: string;
  IS_MY_COMPANY: 'Y' | 'N';
}

/** Requisite of a company: ENTITY_TYPE_ID "4" (company), ENTITY_ID the company id. */
export interface RequisiteRecord extends CrmRecord {
  ID: string;
  ENTITY_TYPE_ID: string;
  ENTITY_ID: string;
}

/** Address of a requisite: ENTITY_TYPE_ID "8" (requisite), ENTITY_ID the requisite id. No ID of its own. */
export interface AddressRecord extends CrmRecord {
  TYPE_ID: string;
  ENTITY_TYPE_ID: string;
  ENTITY_ID: string;
}

/** Bank detail of a requisite: ENTITY_ID the requisite id. */
export interface BankDetailRecord extends CrmRecord {
  ID: string;
  ENTITY_ID: string;
}

export interface ProductSectionRecord extends CrmRecord {
  ID: string;
  NAME: string;
}

export interface ProductRecord extends CrmRecord {
  ID: string;
  NAME: string;
  SECTION_ID: string | null;
}

export interface DealRecord extends CrmRecord {
  ID: string;
  TITLE: string;
  STAGE_ID: string;
  CATEGORY_ID: string;
  COMPANY_ID: string | null;
  ASSIGNED_BY_ID: string;
}

/** Product row of a deal: OWNER_TYPE "D", OWNER_ID the deal id. */
export interface ProductRowRecord extends CrmRecord {
  ID: string;
  OWNER_ID: string;
  OWNER_TYPE: string;
}

/** A deal stage as crm.status.list returns it: ENTITY_ID DEAL_STAGE or DEAL_STAGE_<categoryId>. */
export interface StageRecord extends CrmRecord {
  ID: string;
  ENTITY_ID: string;
  STATUS_ID: string;
  NAME: string;
  SEMANTICS: 'S' | 'F' | null;
}

/** The requisites chosen for a deal (crm.requisite.link.list): ENTITY_TYPE_ID "2", ENTITY_ID the deal id. */
export interface RequisiteLinkRecord extends CrmRecord {
  ENTITY_TYPE_ID: string;
  ENTITY_ID: string;
}

export interface SeedData {
  users: UserRecord[];
  companies: CompanyRecord[];
  requisites: RequisiteRecord[];
  addresses: AddressRecord[];
  bankDetails: BankDetailRecord[];
  productSections: ProductSectionRecord[];
  products: ProductRecord[];
  deals: DealRecord[];
  productRows: ProductRowRecord[];
  stages: StageRecord[];
  requisiteLinks: RequisiteLinkRecord[];
}

export const SEED_COLLECTIONS = [
  'users',
  'companies',
  'requisites',
  'addresses',
  'bankDetails',
  'productSections',
  'products',
  'deals',
  'productRows',
  'stages',
  'requisiteLinks',
] as const satisfies readonly (keyof SeedData)[];

export type SeedCollection = (typeof SEED_COLLECTIONS)[number];

/** `DEAL_STAGE` for the general pipeline (category 0), `DEAL_STAGE_<id>` for the others. */
export function stageEntityId(categoryId: string): string {
  return categoryId === '0' ? 'DEAL_STAGE' : `DEAL_STAGE_${categoryId}`;
}
