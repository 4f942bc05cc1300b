// Fills the fields a seed may omit with what the REST API returns for them, so get/list answers
// have the documented shape. Field lists: crm.deal.get (api-reference/crm/deals/crm-deal-get.md),
// crm.address.list, crm.requisite.fields, crm.deal.productrows.get, crm.status.list, user.get.
import { restScalars, type RawRecord } from './recordChecks';
import {
  stageEntityId,
  type AddressRecord,
  type BankDetailRecord,
  type CompanyRecord,
  type DealRecord,
  type ProductRecord,
  type ProductRowRecord,
  type ProductSectionRecord,
  type RequisiteLinkRecord,
  type RequisiteRecord,
  type SeedData,
  type StageRecord,
  type UserRecord,
} from './seedTypes';

type RawSeed = { [K in keyof SeedData]: RawRecord[] };

export function applyRestDefaults(raw: RawSeed, nowIso: string): SeedData {
  const requisiteOwner = new Map(raw.requisites.map((r) => [String(r['ID']), String(r['ENTITY_ID'])]));
  const stages = raw.stages.map((s, index) => stageDefaults(s, index));
  const semantics = new Map(stages.map((s) => [`${s.ENTITY_ID}/${s.STATUS_ID}`, s.SEMANTICS]));
  let multiFieldId = 0;
  const nextMultiFieldId = (): string => String(++multiFieldId);
  return {
    users: raw.users.map((u) => userDefaults(u)),
    companies: raw.companies.map((c) => companyDefaults(c, nowIso, nextMultiFieldId)),
    requisites: raw.requisites.map((r) => requisiteDefaults(r, nowIso)),
    addresses: raw.addresses.map((a) => addressDefaults(a, requisiteOwner)),
    bankDetails: raw.bankDetails.map((b) => bankDetailDefaults(b, nowIso)),
    productSections: raw.productSections.map((s) => sectionDefaults(s)),
    products: raw.products.map((p) => productDefaults(p, nowIso)),
    deals: raw.deals.map((d) => dealDefaults(d, nowIso, semantics)),
    productRows: raw.productRows.map((r, index) => productRowDefaults(r, index)),
    stages,
    requisiteLinks: raw.requisiteLinks.map((l) => linkDefaults(l)),
  };
}

const idOf = (value: unknown): string => String(Number(value));
const refOrNull = (value: unknown): string | null => (value === undefined || value === null || value === '' || Number(value) === 0 ? null : idOf(value));
const money = (value: unknown): string => (value === undefined || value === null || value === '' ? '0.00' : Number(value).toFixed(2));

function userDefaults(u: RawRecord): UserRecord {
  return ordered({
    ACTIVE: true,
    SECOND_NAME: '',
    WORK_POSITION: '',
    PERSONAL_GENDER: '',
    UF_DEPARTMENT: [1],
    USER_TYPE: 'employee',
    IS_ONLINE: 'N',
    ...restScalars(u),
    ID: idOf(u['ID']),
  }) as unknown as UserRecord;
}

function companyDefaults(c: RawRecord, nowIso: string, nextId: () => string): CompanyRecord {
  const out: Record<string, unknown> = {
    COMPANY_TYPE: 'CUSTOMER',
    IS_MY_COMPANY: 'N',
    ASSIGNED_BY_ID: '1',
    CREATED_BY_ID: '1',
    MODIFY_BY_ID: '1',
    CURRENCY_ID: 'RUB',
    COMMENTS: '',
    OPENED: 'Y',
    INDUSTRY: null,
    EMPLOYEES: null,
    REVENUE: '0.00',
    DATE_CREATE: nowIso,
    DATE_MODIFY: nowIso,
    ORIGINATOR_ID: null,
    ORIGIN_ID: null,
    ...restScalars(c),
    ID: idOf(c['ID']),
  };
  if (c['ASSIGNED_BY_ID'] !== undefined) out['ASSIGNED_BY_ID'] = idOf(c['ASSIGNED_BY_ID']);
  for (const [field, typeId] of [
    ['EMAIL', 'EMAIL'],
    ['PHONE', 'PHONE'],
    ['WEB', 'WEB'],
  ] as const) {
    const list = c[field];
    if (!Array.isArray(list)) continue;
    out[field] = list.map((item: Record<string, unknown>) => ({
      ID: nextId(),
      VALUE_TYPE: typeof item['VALUE_TYPE'] === 'string' ? item['VALUE_TYPE'] : 'WORK',
      VALUE: item['VALUE'],
      TYPE_ID: typeId,
    }));
  }
  out['HAS_EMAIL'] = Array.isArray(out['EMAIL']) && (out['EMAIL'] as unknown[]).length > 0 ? 'Y' : 'N';
  out['HAS_PHONE'] = Array.isArray(out['PHONE']) && (out['PHONE'] as unknown[]).length > 0 ? 'Y' : 'N';
  return ordered(out) as unknown as CompanyRecord;
}

function requisiteDefaults(r: RawRecord, nowIso: string): RequisiteRecord {
  return ordered({
    PRESET_ID: '1',
    NAME: typeof r['RQ_COMPANY_NAME'] === 'string' ? r['RQ_COMPANY_NAME'] : 'Организация',
    CODE: null,
    XML_ID: null,
    ORIGINATOR_ID: null,
    ACTIVE: 'Y',
    ADDRESS_ONLY: 'N',
    SORT: '500',
    DATE_CREATE: nowIso,
    DATE_MODIFY: nowIso,
    CREATED_BY_ID: '1',
    MODIFY_BY_ID: '1',
    ...restScalars(r),
    ID: idOf(r['ID']),
    ENTITY_TYPE_ID: '4',
    ENTITY_ID: idOf(r['ENTITY_ID']),
  }) as unknown as RequisiteRecord;
}

const ADDRESS_FIELD_ORDER = ['TYPE_ID', 'ENTITY_TYPE_ID', 'ENTITY_ID', 'ADDRESS_1', 'ADDRESS_2', 'CITY', 'POSTAL_CODE', 'REGION', 'PROVINCE', 'COUNTRY'];

function addressDefaults(a: RawRecord, requisiteOwner: Map<string, string>): AddressRecord {
  const requisiteId = idOf(a['ENTITY_ID']);
  const blank = { ADDRESS_1: null, ADDRESS_2: null, CITY: null, POSTAL_CODE: null, REGION: null, PROVINCE: null, COUNTRY: null };
  return ordered({
    ...blank,
    ...restScalars(a),
    TYPE_ID: String(a['TYPE_ID']),
    ENTITY_TYPE_ID: '8',
    ENTITY_ID: requisiteId,
    COUNTRY_CODE: null,
    LOC_ADDR_ID: null,
    // The company that owns the requisite (crm.address.list, "ANCHOR_TYPE_ID", "ANCHOR_ID").
    ANCHOR_TYPE_ID: '4',
    ANCHOR_ID: requisiteOwner.get(requisiteId) ?? null,
  }, ADDRESS_FIELD_ORDER) as unknown as AddressRecord;
}

function bankDetailDefaults(b: RawRecord, nowIso: string): BankDetailRecord {
  return ordered({
    COUNTRY_ID: '1',
    NAME: b['RQ_BANK_NAME'],
    CODE: null,
    XML_ID: null,
    ACTIVE: 'Y',
    SORT: '500',
    DATE_CREATE: nowIso,
    DATE_MODIFY: nowIso,
    RQ_BANK_NAME: null,
    RQ_BANK_ADDR: null,
    RQ_BIK: null,
    RQ_ACC_NUM: null,
    RQ_COR_ACC_NUM: null,
    RQ_SWIFT: null,
    RQ_IBAN: null,
    COMMENTS: null,
    ...restScalars(b),
    ID: idOf(b['ID']),
    ENTITY_ID: idOf(b['ENTITY_ID']),
  }) as unknown as BankDetailRecord;
}

function sectionDefaults(s: RawRecord): ProductSectionRecord {
  return ordered({ CATALOG_ID: '25', XML_ID: null, CODE: null, ...restScalars(s), ID: idOf(s['ID']), SECTION_ID: refOrNull(s['SECTION_ID']) }) as unknown as ProductSectionRecord;
}

function productDefaults(p: RawRecord, nowIso: string): ProductRecord {
  return ordered({
    CATALOG_ID: '25',
    CURRENCY_ID: 'RUB',
    ACTIVE: 'Y',
    DESCRIPTION: '',
    DESCRIPTION_TYPE: 'text',
    MEASURE: null,
    VAT_ID: null,
    VAT_INCLUDED: 'Y',
    SORT: '500',
    XML_ID: null,
    DATE_CREATE: nowIso,
    TIMESTAMP_X: nowIso,
    CREATED_BY: '1',
    MODIFIED_BY: '1',
    ...restScalars(p),
    ID: idOf(p['ID']),
    SECTION_ID: refOrNull(p['SECTION_ID']),
    PRICE: money(p['PRICE']),
  }) as unknown as ProductRecord;
}

// Field order of crm.deal.get's documented answer; other fields (UF_CRM_…) follow.
const DEAL_FIELD_ORDER = [
  'ID', 'TITLE', 'TYPE_ID', 'STAGE_ID', 'PROBABILITY', 'CURRENCY_ID', 'OPPORTUNITY', 'IS_MANUAL_OPPORTUNITY', 'TAX_VALUE',
  'LEAD_ID', 'COMPANY_ID', 'CONTACT_ID', 'QUOTE_ID', 'BEGINDATE', 'CLOSEDATE', 'ASSIGNED_BY_ID', 'CREATED_BY_ID',
  'MODIFY_BY_ID', 'DATE_CREATE', 'DATE_MODIFY', 'OPENED', 'CLOSED', 'COMMENTS', 'ADDITIONAL_INFO', 'LOCATION_ID',
  'CATEGORY_ID', 'STAGE_SEMANTIC_ID', 'IS_NEW', 'IS_RECURRING', 'IS_RETURN_CUSTOMER', 'IS_REPEATED_APPROACH',
  'SOURCE_ID', 'SOURCE_DESCRIPTION', 'ORIGINATOR_ID', 'ORIGIN_ID', 'MOVED_BY_ID', 'MOVED_TIME', 'LAST_ACTIVITY_TIME',
  'UTM_SOURCE', 'UTM_MEDIUM', 'UTM_CAMPAIGN', 'UTM_CONTENT', 'UTM_TERM', 'LAST_ACTIVITY_BY',
];

/** The record with its keys in `order` first (as the REST answers list them), then the rest. */
function ordered<T extends Record<string, unknown>>(record: T, order: readonly string[] = ['ID']): T {
  const out: Record<string, unknown> = {};
  for (const key of order) if (key in record) out[key] = record[key];
  for (const [key, value] of Object.entries(record)) if (!(key in out)) out[key] = value;
  return out as T;
}

function dealDefaults(d: RawRecord, nowIso: string, semantics: Map<string, 'S' | 'F' | null>): DealRecord {
  const category = d['CATEGORY_ID'] === undefined ? '0' : idOrZero(d['CATEGORY_ID']);
  const stage = String(d['STAGE_ID']);
  const semantic = semantics.get(`${stageEntityId(category)}/${stage}`) ?? null;
  const assigned = idOf(d['ASSIGNED_BY_ID']);
  const deal = {
    TYPE_ID: 'SALE',
    PROBABILITY: null,
    CURRENCY_ID: 'RUB',
    IS_MANUAL_OPPORTUNITY: 'N',
    TAX_VALUE: '0.00',
    LEAD_ID: null,
    CONTACT_ID: null,
    QUOTE_ID: null,
    BEGINDATE: nowIso,
    CLOSEDATE: nowIso,
    CREATED_BY_ID: assigned,
    MODIFY_BY_ID: assigned,
    DATE_CREATE: nowIso,
    DATE_MODIFY: nowIso,
    OPENED: 'Y',
    COMMENTS: '',
    ADDITIONAL_INFO: null,
    LOCATION_ID: null,
    IS_NEW: 'N',
    IS_RECURRING: 'N',
    IS_RETURN_CUSTOMER: 'N',
    IS_REPEATED_APPROACH: 'N',
    SOURCE_ID: null,
    SOURCE_DESCRIPTION: null,
    ORIGINATOR_ID: null,
    ORIGIN_ID: null,
    MOVED_BY_ID: assigned,
    MOVED_TIME: nowIso,
    LAST_ACTIVITY_TIME: nowIso,
    LAST_ACTIVITY_BY: assigned,
    UTM_SOURCE: null,
    UTM_MEDIUM: null,
    UTM_CAMPAIGN: null,
    UTM_CONTENT: null,
    UTM_TERM: null,
    ...restScalars(d),
    ID: idOf(d['ID']),
    STAGE_ID: stage,
    CATEGORY_ID: category,
    COMPANY_ID: refOrNull(d['COMPANY_ID']),
    ASSIGNED_BY_ID: assigned,
    OPPORTUNITY: money(d['OPPORTUNITY']),
    // P in progress, S won, F lost: crm-deal-get.md, "STAGE_SEMANTIC_ID".
    STAGE_SEMANTIC_ID: semantic ?? 'P',
    CLOSED: semantic === null ? 'N' : 'Y',
  };
  return ordered(deal, DEAL_FIELD_ORDER) as unknown as DealRecord;
}

function idOrZero(value: unknown): string {
  return value === null || value === '' || Number(value) === 0 ? '0' : idOf(value);
}

/** OKEI unit codes for the units the catalogue uses. */
const MEASURE_CODES: Record<string, number> = { 'шт.': 796, шт: 796, ч: 356, 'час': 356, 'мес.': 362, мес: 362, 'усл. ед': 876 };

function productRowDefaults(r: RawRecord, index: number): ProductRowRecord {
  const price = Number(r['PRICE']);
  const rate = r['TAX_RATE'] === undefined || r['TAX_RATE'] === null || r['TAX_RATE'] === '' ? null : Number(r['TAX_RATE']);
  const included = r['TAX_INCLUDED'] === undefined ? 'Y' : String(r['TAX_INCLUDED']);
  // PRICE is the unit price as shown (with tax when TAX_INCLUDED is Y); PRICE_EXCLUSIVE and
  // PRICE_NETTO exclude tax, PRICE_BRUTTO includes it (crm-deal-productrows-get.md, "Product Row Type").
  const exclusive = rate !== null && included === 'Y' ? round2(price / (1 + rate / 100)) : price;
  const brutto = rate !== null && included === 'N' ? round2(price * (1 + rate / 100)) : price;
  const measureName = typeof r['MEASURE_NAME'] === 'string' ? r['MEASURE_NAME'] : 'шт.';
  const productId = r['PRODUCT_ID'] === undefined || r['PRODUCT_ID'] === null ? 0 : Number(r['PRODUCT_ID']);
  return ordered({
    PRODUCT_DESCRIPTION: null,
    DISCOUNT_TYPE_ID: 2,
    DISCOUNT_RATE: 0,
    DISCOUNT_SUM: 0,
    CUSTOMIZED: 'Y',
    SORT: (index + 1) * 10,
    XML_ID: null,
    TYPE: 7,
    STORE_ID: 0,
    ...r,
    ID: idOf(r['ID']),
    OWNER_ID: idOf(r['OWNER_ID']),
    OWNER_TYPE: 'D',
    PRODUCT_ID: productId,
    PRODUCT_NAME: String(r['PRODUCT_NAME']),
    ORIGINAL_PRODUCT_NAME: typeof r['ORIGINAL_PRODUCT_NAME'] === 'string' ? r['ORIGINAL_PRODUCT_NAME'] : String(r['PRODUCT_NAME']),
    PRICE: price,
    PRICE_EXCLUSIVE: exclusive,
    PRICE_NETTO: exclusive,
    PRICE_BRUTTO: brutto,
    PRICE_ACCOUNT: price.toFixed(2),
    QUANTITY: Number(r['QUANTITY']),
    TAX_RATE: rate,
    TAX_INCLUDED: included,
    MEASURE_CODE: typeof r['MEASURE_CODE'] === 'number' ? r['MEASURE_CODE'] : (MEASURE_CODES[measureName] ?? 796),
    MEASURE_NAME: measureName,
  }) as unknown as ProductRowRecord;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

const SEMANTIC_NAMES = { S: 'success', F: 'failure' } as const;

function stageDefaults(s: RawRecord, index: number): StageRecord {
  const entity = String(s['ENTITY_ID']);
  const category = /_(\d+)$/.exec(entity)?.[1] ?? '0';
  const semantics = s['SEMANTICS'] === 'S' || s['SEMANTICS'] === 'F' ? s['SEMANTICS'] : null;
  const color = typeof s['COLOR'] === 'string' ? s['COLOR'] : semantics === 'S' ? '#7BD500' : semantics === 'F' ? '#FF5752' : '#39A8EF';
  return ordered({
    NAME_INIT: '',
    SORT: String((index + 1) * 10),
    SYSTEM: 'N',
    ...restScalars(s),
    ID: s['ID'] === undefined ? String(index + 1) : idOf(s['ID']),
    ENTITY_ID: entity,
    STATUS_ID: String(s['STATUS_ID']),
    NAME: String(s['NAME']),
    CATEGORY_ID: category,
    COLOR: color,
    SEMANTICS: semantics,
    EXTRA: { SEMANTICS: semantics === null ? 'process' : SEMANTIC_NAMES[semantics], COLOR: color },
  }) as unknown as StageRecord;
}

function linkDefaults(l: RawRecord): RequisiteLinkRecord {
  const ref = (field: string): string => idOrZero(l[field] ?? 0);
  return {
    ENTITY_TYPE_ID: '2',
    ENTITY_ID: idOf(l['ENTITY_ID']),
    REQUISITE_ID: ref('REQUISITE_ID'),
    BANK_DETAIL_ID: ref('BANK_DETAIL_ID'),
    MC_REQUISITE_ID: ref('MC_REQUISITE_ID'),
    MC_BANK_DETAIL_ID: ref('MC_BANK_DETAIL_ID'),
  } as unknown as RequisiteLinkRecord;
}
