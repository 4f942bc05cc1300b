// Validates a seed (parsed JSON) and normalizes it to REST-shaped records. Every problem names the
// record (`collection[index] (ID x)`) and the field, and all problems are reported at once.
// The links are the REST ones: requisite → company (ENTITY_TYPE_ID 4 + ENTITY_ID), address →
// requisite (ENTITY_TYPE_ID 8 + ENTITY_ID), bank detail → requisite (ENTITY_ID), product row →
// deal (OWNER_TYPE "D" + OWNER_ID), requisite link → deal (ENTITY_TYPE_ID 2 + ENTITY_ID).
// Owner type ids: api-reference/crm/data-types.md#object_type; address types:
// api-reference/crm/auxiliary/enum/crm-enum-address-type.md (bitrix24/b24restdocs).
import { fail, ok, type Result } from '../../../../shared/result';
import { ProblemList, RecordChecker, type RawRecord } from './recordChecks';
import { applyRestDefaults } from './restDefaults';
import { SEED_COLLECTIONS, stageEntityId, type SeedData } from './seedTypes';

// crm.enum.addresstype: 1 physical, 4 registered, 6 legal, 8 mailing, 9 beneficiary, 11 shipping.
const ADDRESS_TYPES = ['1', '4', '6', '8', '9', '11'] as const;
const STAGE_ENTITY = /^DEAL_STAGE(?:_(\d+))?$/;

export interface SeedCheck {
  seed: SeedData | null;
  problems: string[];
}

export function validateSeed(input: unknown, nowIso = '2026-01-12T10:00:00+03:00'): Result<SeedData, 'invalid_seed'> {
  const { seed, problems } = checkSeed(input, nowIso);
  if (seed === null) return fail('invalid_seed', `Данные seed некорректны:\n${problems.join('\n')}`);
  return ok(seed);
}

export function checkSeed(input: unknown, nowIso = '2026-01-12T10:00:00+03:00'): SeedCheck {
  const problems = new ProblemList();
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { seed: null, problems: ['seed: ожидается JSON-объект с коллекциями users, companies, deals, …'] };
  }
  const raw = input as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (key.startsWith('_')) continue; // `_comment` and similar keys are notes for people
    if (!(SEED_COLLECTIONS as readonly string[]).includes(key)) {
      problems.add(`seed: неизвестная коллекция "${key}" (допустимы: ${SEED_COLLECTIONS.join(', ')})`);
    }
  }
  const collection = (name: string): RecordChecker[] => {
    const value = raw[name];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      problems.add(`${name}: ожидается массив записей`);
      return [];
    }
    const checkers: RecordChecker[] = [];
    value.forEach((item, index) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) problems.add(`${name}[${index}]: ожидается объект`);
      else checkers.push(new RecordChecker(problems, name, index, item as RawRecord));
    });
    return checkers;
  };
  const uniqueIds = (checkers: RecordChecker[], name: string): Set<string> => {
    const ids = new Set<string>();
    for (const c of checkers) {
      const id = c.id('ID');
      if (id === null) continue;
      if (ids.has(id)) c.problem('ID', `${id} повторяется в ${name}`);
      ids.add(id);
    }
    return ids;
  };

  const users = collection('users');
  const userIds = uniqueIds(users, 'users');
  for (const c of users) {
    c.string('NAME');
    c.string('LAST_NAME');
    const email = c.string('EMAIL');
    if (email !== null && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) c.problem('EMAIL', `"${email}" не похож на адрес e-mail`);
  }

  const companies = collection('companies');
  const companyIds = uniqueIds(companies, 'companies');
  const myCompanyIds = new Set<string>();
  for (const c of companies) {
    c.string('TITLE');
    if (c.oneOf('IS_MY_COMPANY', ['Y', 'N']) === 'Y') {
      const id = c.id('ID', false);
      if (id !== null) myCompanyIds.add(id);
    }
    c.reference('ASSIGNED_BY_ID', c.optionalRef('ASSIGNED_BY_ID'), userIds, 'users');
    for (const multi of ['EMAIL', 'PHONE', 'WEB']) checkMultiField(c, multi);
  }

  const requisites = collection('requisites');
  const requisiteIds = uniqueIds(requisites, 'requisites');
  const requisiteOwner = new Map<string, string>();
  for (const c of requisites) {
    c.oneOf('ENTITY_TYPE_ID', ['4'], true);
    const owner = c.id('ENTITY_ID');
    c.reference('ENTITY_ID', owner, companyIds, 'companies');
    const id = c.id('ID', false);
    if (id !== null && owner !== null && companyIds.has(owner)) requisiteOwner.set(id, owner);
    c.string('RQ_COMPANY_NAME', false);
  }

  const addresses = collection('addresses');
  const addressKeys = new Set<string>();
  for (const c of addresses) {
    const type = c.oneOf('TYPE_ID', ADDRESS_TYPES, true);
    c.oneOf('ENTITY_TYPE_ID', ['8'], true);
    const owner = c.id('ENTITY_ID');
    c.reference('ENTITY_ID', owner, requisiteIds, 'requisites');
    if (type !== null && owner !== null) {
      const key = `${type}/${owner}`;
      if (addressKeys.has(key)) c.problem('TYPE_ID', `у реквизита ${owner} уже есть адрес типа ${type}`);
      addressKeys.add(key);
    }
    for (const field of ['ADDRESS_1', 'ADDRESS_2', 'CITY', 'REGION', 'PROVINCE', 'POSTAL_CODE', 'COUNTRY']) c.string(field, false);
  }

  const bankDetails = collection('bankDetails');
  const bankDetailIds = uniqueIds(bankDetails, 'bankDetails');
  const bankDetailOwner = new Map<string, string>();
  for (const c of bankDetails) {
    const owner = c.id('ENTITY_ID');
    c.reference('ENTITY_ID', owner, requisiteIds, 'requisites');
    const id = c.id('ID', false);
    if (id !== null && owner !== null && requisiteIds.has(owner)) bankDetailOwner.set(id, owner);
    c.string('RQ_BANK_NAME');
  }

  const sections = collection('productSections');
  const sectionIds = uniqueIds(sections, 'productSections');
  for (const c of sections) {
    c.string('NAME');
    c.reference('SECTION_ID', c.optionalRef('SECTION_ID'), sectionIds, 'productSections');
  }

  const products = collection('products');
  const productIds = uniqueIds(products, 'products');
  for (const c of products) {
    c.string('NAME');
    c.reference('SECTION_ID', c.optionalRef('SECTION_ID'), sectionIds, 'productSections');
    c.number('PRICE', false);
  }

  const stages = collection('stages');
  const stageKeys = new Set<string>();
  for (const c of stages) {
    const entity = c.string('ENTITY_ID');
    const status = c.string('STATUS_ID');
    c.string('NAME');
    c.number('SORT', false);
    c.oneOf('SEMANTICS', ['S', 'F']);
    if (c.record['ID'] !== undefined) c.id('ID', false);
    if (entity === null || status === null) continue;
    const match = STAGE_ENTITY.exec(entity);
    if (match === null) {
      c.problem('ENTITY_ID', `"${entity}": ожидается DEAL_STAGE или DEAL_STAGE_<id направления>`);
      continue;
    }
    const category = match[1];
    if (category !== undefined && !status.startsWith(`C${category}:`)) {
      c.problem('STATUS_ID', `"${status}": стадии направления ${category} начинаются с "C${category}:"`);
    }
    const key = `${entity}/${status}`;
    if (stageKeys.has(key)) c.problem('STATUS_ID', `стадия ${status} уже есть в ${entity}`);
    stageKeys.add(key);
  }

  const deals = collection('deals');
  const dealIds = uniqueIds(deals, 'deals');
  for (const c of deals) {
    c.string('TITLE');
    const stage = c.string('STAGE_ID');
    const category = c.record['CATEGORY_ID'] === undefined ? '0' : c.optionalRef('CATEGORY_ID');
    if (stage !== null && category !== null && !stageKeys.has(`${stageEntityId(category)}/${stage}`)) {
      c.problem('STAGE_ID', `"${stage}": нет такой стадии ${stageEntityId(category)} в stages`);
    }
    c.reference('COMPANY_ID', c.optionalRef('COMPANY_ID'), companyIds, 'companies');
    c.reference('ASSIGNED_BY_ID', c.id('ASSIGNED_BY_ID'), userIds, 'users');
    c.number('OPPORTUNITY', false);
    const currency = c.string('CURRENCY_ID', false);
    if (currency !== null && !/^[A-Z]{3}$/.test(currency)) c.problem('CURRENCY_ID', `"${currency}": ожидается код валюты ISO 4217 (RUB, BYN, …)`);
  }

  const productRows = collection('productRows');
  uniqueIds(productRows, 'productRows');
  for (const c of productRows) {
    c.reference('OWNER_ID', c.id('OWNER_ID'), dealIds, 'deals');
    c.oneOf('OWNER_TYPE', ['D']);
    c.reference('PRODUCT_ID', c.optionalRef('PRODUCT_ID'), productIds, 'products');
    c.string('PRODUCT_NAME');
    c.number('PRICE');
    const quantity = c.number('QUANTITY');
    if (quantity !== null && quantity <= 0) c.problem('QUANTITY', 'должно быть больше нуля');
    c.string('MEASURE_NAME', false);
    c.number('TAX_RATE', false);
    c.oneOf('TAX_INCLUDED', ['Y', 'N']);
  }

  const links = collection('requisiteLinks');
  const linkedDeals = new Set<string>();
  for (const c of links) {
    c.oneOf('ENTITY_TYPE_ID', ['2'], true);
    const deal = c.id('ENTITY_ID');
    c.reference('ENTITY_ID', deal, dealIds, 'deals');
    if (deal !== null) {
      if (linkedDeals.has(deal)) c.problem('ENTITY_ID', `для сделки ${deal} связь реквизитов уже задана`);
      linkedDeals.add(deal);
    }
    const requisite = c.optionalRef('REQUISITE_ID');
    c.reference('REQUISITE_ID', requisite, requisiteIds, 'requisites');
    const myRequisite = c.optionalRef('MC_REQUISITE_ID');
    c.reference('MC_REQUISITE_ID', myRequisite, requisiteIds, 'requisites');
    // Follow-up checks only where the links themselves are sound, so one mistake gives one message.
    const myOwner = myRequisite === null ? undefined : requisiteOwner.get(myRequisite);
    if (myOwner !== undefined && !myCompanyIds.has(myOwner)) {
      c.problem('MC_REQUISITE_ID', `${myRequisite}: реквизит принадлежит компании, у которой IS_MY_COMPANY не "Y"`);
    }
    for (const [field, owner] of [
      ['BANK_DETAIL_ID', requisite],
      ['MC_BANK_DETAIL_ID', myRequisite],
    ] as const) {
      const bank = c.optionalRef(field);
      c.reference(field, bank, bankDetailIds, 'bankDetails');
      const bankOwner = bank === null ? undefined : bankDetailOwner.get(bank);
      if (bankOwner !== undefined && owner !== null && owner !== '0' && requisiteIds.has(owner) && bankOwner !== owner) {
        c.problem(field, `${bank}: банковские реквизиты не принадлежат реквизиту ${owner}`);
      }
    }
  }

  if (problems.items.length > 0) return { seed: null, problems: problems.items };
  const records = (checkers: RecordChecker[]): RawRecord[] => checkers.map((c) => c.record);
  return {
    seed: applyRestDefaults(
      {
        users: records(users),
        companies: records(companies),
        requisites: records(requisites),
        addresses: records(addresses),
        bankDetails: records(bankDetails),
        productSections: records(sections),
        products: records(products),
        deals: records(deals),
        productRows: records(productRows),
        stages: records(stages),
        requisiteLinks: records(links),
      },
      nowIso,
    ),
    problems: [],
  };
}

function checkMultiField(c: RecordChecker, field: string): void {
  const value = c.record[field];
  if (value === undefined) return;
  if (!Array.isArray(value)) {
    c.problem(field, 'ожидается массив [{ "VALUE": "…", "VALUE_TYPE": "WORK" }]');
    return;
  }
  value.forEach((item, index) => {
    const entry = item as Record<string, unknown> | null;
    if (typeof entry !== 'object' || entry === null || typeof entry['VALUE'] !== 'string') {
      c.problem(`${field}[${index}]`, 'ожидается объект с полем VALUE (строка)');
    }
  });
}
