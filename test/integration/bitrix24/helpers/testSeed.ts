// A small seed for the tests, independent of the demo data, plus helpers to grow it.

export interface TestSeed {
  [collection: string]: Record<string, unknown>[];
}

export function testSeed(): TestSeed {
  return {
    users: [
      { ID: 1, NAME: 'Андрей', LAST_NAME: 'Соколов', EMAIL: 'director@docflow.test' },
      { ID: 2, NAME: 'Мария', LAST_NAME: 'Петрова', EMAIL: 'manager@docflow.test', WORK_POSITION: 'Менеджер по продажам' },
    ],
    companies: [
      { ID: 1, TITLE: 'ООО «Интеграция Плюс»', IS_MY_COMPANY: 'Y', EMAIL: [{ VALUE: 'info@docflow.test' }] },
      { ID: 2, TITLE: 'ООО «Клиент»', EMAIL: [{ VALUE: 'client@client.test', VALUE_TYPE: 'WORK' }], PHONE: [{ VALUE: '+7 900 000-00-00' }] },
    ],
    requisites: [
      { ID: 1, ENTITY_TYPE_ID: 4, ENTITY_ID: 1, RQ_COMPANY_NAME: 'ООО «Интеграция Плюс»', RQ_INN: '7704123450' },
      { ID: 2, ENTITY_TYPE_ID: 4, ENTITY_ID: 2, RQ_COMPANY_NAME: 'ООО «Клиент»', RQ_INN: '7810456789' },
    ],
    addresses: [
      { TYPE_ID: 6, ENTITY_TYPE_ID: 8, ENTITY_ID: 2, ADDRESS_1: 'ул. Ленина, д. 1', CITY: 'Москва', POSTAL_CODE: '101000', COUNTRY: 'Россия' },
      { TYPE_ID: 8, ENTITY_TYPE_ID: 8, ENTITY_ID: 2, ADDRESS_1: 'а/я 5', CITY: 'Москва', POSTAL_CODE: '101001', COUNTRY: 'Россия' },
    ],
    bankDetails: [{ ID: 1, ENTITY_ID: 2, RQ_BANK_NAME: 'ПАО Сбербанк', RQ_BIK: '044525225', RQ_ACC_NUM: '40702810938000012345' }],
    productSections: [
      { ID: 1, NAME: 'Битрикс24 / Лицензии' },
      { ID: 2, NAME: 'Прочее' },
    ],
    products: [
      { ID: 1, NAME: 'Битрикс24 Профессиональный, 12 мес.', SECTION_ID: 1, PRICE: 249900 },
      { ID: 2, NAME: 'Сканер', SECTION_ID: 2, PRICE: 9800 },
    ],
    stages: [
      { ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'NEW', NAME: 'Новая' },
      { ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'DOCS_GENERATE', NAME: 'Формирование документов' },
      { ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'DOCS_REVIEW', NAME: 'Согласование с клиентом' },
      { ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'WON', NAME: 'Сделка успешна', SEMANTICS: 'S' },
      { ENTITY_ID: 'DEAL_STAGE', STATUS_ID: 'LOSE', NAME: 'Сделка провалена', SEMANTICS: 'F' },
      { ENTITY_ID: 'DEAL_STAGE_1', STATUS_ID: 'C1:NEW', NAME: 'Новая (сервис)' },
      { ENTITY_ID: 'DEAL_STAGE_1', STATUS_ID: 'C1:DOCS_GENERATE', NAME: 'Документы (сервис)' },
    ],
    deals: [
      { ID: 1, TITLE: 'Сделка 1', STAGE_ID: 'NEW', COMPANY_ID: 2, ASSIGNED_BY_ID: 2, OPPORTUNITY: 259700, CURRENCY_ID: 'RUB' },
      { ID: 2, TITLE: 'Сделка 2', STAGE_ID: 'WON', COMPANY_ID: 2, ASSIGNED_BY_ID: 2, OPPORTUNITY: 1000 },
      { ID: 3, TITLE: 'Сервисная сделка', STAGE_ID: 'C1:NEW', CATEGORY_ID: 1, COMPANY_ID: 2, ASSIGNED_BY_ID: 1 },
    ],
    productRows: [
      { ID: 1, OWNER_ID: 1, OWNER_TYPE: 'D', PRODUCT_ID: 1, PRODUCT_NAME: 'Битрикс24 Профессиональный, 12 мес.', PRICE: 244000, QUANTITY: 1, MEASURE_NAME: 'шт.', TAX_RATE: 22, TAX_INCLUDED: 'Y' },
      { ID: 2, OWNER_ID: 1, OWNER_TYPE: 'D', PRODUCT_ID: 0, PRODUCT_NAME: 'Настройка', PRICE: 3500, QUANTITY: 4.5, MEASURE_NAME: 'ч', TAX_RATE: 22, TAX_INCLUDED: 'Y' },
    ],
    requisiteLinks: [{ ENTITY_TYPE_ID: 2, ENTITY_ID: 1, REQUISITE_ID: 2, BANK_DETAIL_ID: 1, MC_REQUISITE_ID: 1 }],
  };
}

/** The test seed plus `count` more deals (IDs from 101), for pagination and filters. */
export function seedWithManyDeals(count: number): TestSeed {
  const seed = testSeed();
  const deals = seed['deals'] ?? [];
  for (let i = 0; i < count; i++) {
    deals.push({
      ID: 101 + i,
      TITLE: `Пакетная сделка ${i + 1}`,
      STAGE_ID: i % 2 === 0 ? 'NEW' : 'DOCS_REVIEW',
      COMPANY_ID: 2,
      ASSIGNED_BY_ID: i % 3 === 0 ? 1 : 2,
      OPPORTUNITY: (i + 1) * 100,
    });
  }
  return seed;
}
