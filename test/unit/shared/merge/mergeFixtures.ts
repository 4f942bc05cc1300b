import type {
  BitrixAddress,
  BitrixBankDetail,
  BitrixCompany,
  BitrixDeal,
  BitrixProductRow,
  BitrixRequisite,
  BitrixUser,
} from '../../../../shared/bitrix';
import type { MergeInput, PartyRecords } from '../../../../shared/merge';
import type { ParentIdentity } from '../../../../shared/numbers';

/**
 * Realistic Bitrix24 records as the REST API returns them (string IDs, JSON-number prices),
 * modelled on scripts/seed/demo.json: our company ООО «Интеграция Плюс» (Moscow), a Russian
 * client ООО «СеверСтрой» and a Belarusian one ООО «БелТрансЛогистик» (УНП in RQ_INN, IBAN).
 * Every number has a valid check digit.
 */
export function company(id: string, title: string, extra: Partial<BitrixCompany> = {}): BitrixCompany {
  return {
    ID: id,
    TITLE: title,
    COMPANY_TYPE: 'CUSTOMER',
    IS_MY_COMPANY: 'N',
    ASSIGNED_BY_ID: '2',
    CURRENCY_ID: 'RUB',
    DATE_CREATE: '2025-01-20T11:30:00+03:00',
    DATE_MODIFY: '2026-09-15T16:10:00+03:00',
    ...extra,
  };
}

export function requisite(id: string, companyId: string, extra: Partial<BitrixRequisite>): BitrixRequisite {
  return {
    ID: id,
    ENTITY_TYPE_ID: '4',
    ENTITY_ID: companyId,
    PRESET_ID: '1',
    NAME: 'Организация',
    ACTIVE: 'Y',
    SORT: '500',
    DATE_CREATE: '2025-01-20T11:30:00+03:00',
    DATE_MODIFY: null,
    ...extra,
  };
}

export function address(requisiteId: string, typeId: '6' | '8', extra: Partial<BitrixAddress>): BitrixAddress {
  return {
    TYPE_ID: typeId,
    ENTITY_TYPE_ID: '8',
    ENTITY_ID: requisiteId,
    ADDRESS_1: null,
    ADDRESS_2: null,
    CITY: null,
    POSTAL_CODE: null,
    REGION: null,
    PROVINCE: null,
    COUNTRY: null,
    COUNTRY_CODE: null,
    ...extra,
  };
}

export function bankDetail(id: string, requisiteId: string, extra: Partial<BitrixBankDetail>): BitrixBankDetail {
  return { ID: id, ENTITY_ID: requisiteId, COUNTRY_ID: '1', NAME: 'Основной счёт', ACTIVE: 'Y', SORT: '500', ...extra };
}

export function ourParty(): PartyRecords {
  return {
    company: company('1', 'ООО «Интеграция Плюс»', { IS_MY_COMPANY: 'Y', COMPANY_TYPE: 'OTHER' }),
    requisite: requisite('1', '1', {
      RQ_COMPANY_NAME: 'ООО «Интеграция Плюс»',
      RQ_COMPANY_FULL_NAME: 'Общество с ограниченной ответственностью «Интеграция Плюс»',
      RQ_INN: '7704123450',
      RQ_KPP: '770401001',
      RQ_OGRN: '1127746123450',
      RQ_DIRECTOR: 'Соколов Андрей Викторович',
      RQ_CEO_NAME: 'Соколов Андрей Викторович',
      RQ_CEO_WORK_POS: 'Генеральный директор',
      RQ_ACCOUNTANT: 'Белова Ирина Николаевна',
      RQ_PHONE: '+7 495 123-45-67',
      RQ_EMAIL: 'info@docflow.test',
    }),
    addresses: [
      address('1', '6', { ADDRESS_1: 'ул. Новый Арбат, д. 21', ADDRESS_2: 'офис 1205', CITY: 'Москва', POSTAL_CODE: '119019', COUNTRY: 'Россия' }),
      address('1', '8', { ADDRESS_1: 'ул. Тверская, д. 7', ADDRESS_2: 'офис 310', CITY: 'Москва', POSTAL_CODE: '125009', COUNTRY: 'Россия' }),
    ],
    bankDetail: bankDetail('1', '1', {
      RQ_BANK_NAME: 'ПАО Сбербанк',
      RQ_BIK: '044525225',
      RQ_COR_ACC_NUM: '30101810400000000225',
      RQ_ACC_NUM: '40702810938000012345',
      RQ_ACC_CURRENCY: 'RUB',
    }),
  };
}

export function russianClient(): PartyRecords {
  return {
    company: company('2', 'ООО «СеверСтрой»'),
    requisite: requisite('2', '2', {
      RQ_COMPANY_NAME: 'ООО «СеверСтрой»',
      RQ_COMPANY_FULL_NAME: 'Общество с ограниченной ответственностью «СеверСтрой»',
      RQ_INN: '7810456789',
      RQ_KPP: '781001001',
      RQ_OGRN: '1107847123450',
      RQ_DIRECTOR: 'Лебедев Константин Олегович',
      RQ_CEO_NAME: 'Лебедев Константин Олегович',
      RQ_CEO_WORK_POS: 'Генеральный директор',
    }),
    addresses: [
      address('2', '6', { ADDRESS_1: 'Московский пр-т, д. 115, лит. А', ADDRESS_2: 'пом. 12-Н', CITY: 'Санкт-Петербург', POSTAL_CODE: '196084', COUNTRY: 'Россия' }),
      address('2', '8', { ADDRESS_1: 'Московский пр-т, д. 115, лит. А', ADDRESS_2: 'пом. 12-Н', CITY: 'Санкт-Петербург', POSTAL_CODE: '196084', COUNTRY: 'Россия' }),
    ],
    bankDetail: bankDetail('2', '2', {
      RQ_BANK_NAME: 'АО «Альфа-Банк»',
      RQ_BIK: '044525593',
      RQ_COR_ACC_NUM: '30101810200000000593',
      RQ_ACC_NUM: '40702810401234567890',
    }),
  };
}

export function belarusianClient(): PartyRecords {
  return {
    company: company('6', 'ООО «БелТрансЛогистик»', { CURRENCY_ID: 'BYN' }),
    requisite: requisite('6', '6', {
      NAME: 'Организация (Беларусь)',
      RQ_COMPANY_NAME: 'ООО «БелТрансЛогистик»',
      RQ_COMPANY_FULL_NAME: 'Общество с ограниченной ответственностью «БелТрансЛогистик»',
      RQ_INN: '193012346',
      RQ_DIRECTOR: 'Ковалевич Дмитрий Анатольевич',
      RQ_CEO_NAME: 'Ковалевич Дмитрий Анатольевич',
      RQ_CEO_WORK_POS: 'Директор',
    }),
    addresses: [
      address('6', '6', { ADDRESS_1: 'ул. Немига, д. 5', ADDRESS_2: 'пом. 41', CITY: 'Минск', POSTAL_CODE: '220030', COUNTRY: 'Беларусь' }),
      address('6', '8', { ADDRESS_1: 'ул. Немига, д. 5', ADDRESS_2: 'пом. 41', CITY: 'Минск', POSTAL_CODE: '220030', COUNTRY: 'Беларусь' }),
    ],
    bankDetail: bankDetail('6', '6', {
      COUNTRY_ID: '4',
      RQ_BANK_NAME: 'ОАО «Приорбанк»',
      RQ_BIK: 'PJCBBY2X',
      RQ_SWIFT: 'PJCBBY2X',
      RQ_IBAN: 'BY91PJCB30120123450000000933',
      RQ_ACC_NUM: 'BY91PJCB30120123450000000933',
      RQ_ACC_CURRENCY: 'BYN',
    }),
  };
}

export function deal(extra: Partial<BitrixDeal> = {}): BitrixDeal {
  return {
    ID: '1',
    TITLE: 'СеверСтрой: Битрикс24 Профессиональный и внедрение CRM',
    TYPE_ID: 'COMPLEX',
    CATEGORY_ID: '0',
    STAGE_ID: 'DOCS_GENERATE',
    STAGE_SEMANTIC_ID: 'P',
    COMPANY_ID: '2',
    CONTACT_ID: null,
    ASSIGNED_BY_ID: '2',
    CREATED_BY_ID: '2',
    MODIFY_BY_ID: '2',
    OPPORTUNITY: '453900.00',
    IS_MANUAL_OPPORTUNITY: 'N',
    TAX_VALUE: '81850.82',
    CURRENCY_ID: 'RUB',
    BEGINDATE: '2026-11-02T00:00:00+03:00',
    CLOSEDATE: '2026-12-25T00:00:00+03:00',
    DATE_CREATE: '2026-11-02T10:15:00+03:00',
    DATE_MODIFY: '2026-11-20T17:40:00+03:00',
    OPENED: 'Y',
    CLOSED: 'N',
    COMMENTS: null,
    ORIGIN_ID: null,
    ...extra,
  };
}

let rowId = 100;
export function productRow(name: string, price: number, quantity: number, extra: Partial<BitrixProductRow> = {}): BitrixProductRow {
  rowId += 1;
  return {
    ID: String(rowId),
    OWNER_ID: '1',
    OWNER_TYPE: 'D',
    PRODUCT_ID: rowId,
    PRODUCT_NAME: name,
    ORIGINAL_PRODUCT_NAME: name,
    PRODUCT_DESCRIPTION: null,
    PRICE: price,
    PRICE_EXCLUSIVE: price,
    PRICE_NETTO: price,
    PRICE_BRUTTO: price,
    QUANTITY: quantity,
    DISCOUNT_TYPE_ID: 2,
    DISCOUNT_RATE: 0,
    DISCOUNT_SUM: 0,
    TAX_RATE: 22,
    TAX_INCLUDED: 'Y',
    MEASURE_CODE: 796,
    MEASURE_NAME: 'шт.',
    SORT: 10,
    TYPE: 1,
    ...extra,
  };
}

export function manager(extra: Partial<BitrixUser> = {}): BitrixUser {
  return {
    ID: '2',
    ACTIVE: true,
    NAME: 'Мария',
    SECOND_NAME: 'Сергеевна',
    LAST_NAME: 'Петрова',
    EMAIL: 'manager@docflow.test',
    WORK_POSITION: 'Менеджер по продажам',
    ...extra,
  };
}

export const FRAMEWORK: ParentIdentity = { kind: 'framework_contract', year: 2026, sequence: 43 };
export const CONTRACT: ParentIdentity = { kind: 'contract', year: 2026, sequence: 42 };

/** Deal 1 of the demo seed: licences and implementation for ООО «СеверСтрой», a new contract. */
export function russianContractInput(extra: Partial<MergeInput> = {}): MergeInput {
  return {
    document: { identity: CONTRACT, date: '2026-11-28' },
    deal: deal(),
    rows: [
      productRow('Битрикс24 Профессиональный, 12 мес.', 249900, 1),
      productRow('Внедрение Битрикс24: настройка CRM и воронок продаж', 3500, 40, { MEASURE_NAME: 'ч' }),
      productRow('Интеграция Битрикс24 с 1С', 4000, 16, { MEASURE_NAME: 'ч' }),
    ],
    client: russianClient(),
    our: ourParty(),
    manager: manager(),
    ...extra,
  };
}

/** Deal 4 of the demo seed: support for the Belarusian client in BYN, VAT 20 %. */
export function belarusianContractInput(extra: Partial<MergeInput> = {}): MergeInput {
  return {
    document: { identity: { kind: 'contract', year: 2026, sequence: 44 }, date: '2026-11-24' },
    deal: deal({ ID: '4', TITLE: 'БелТрансЛогистик: техподдержка Битрикс24', COMPANY_ID: '6', CURRENCY_ID: 'BYN', OPPORTUNITY: '18400.00' }),
    rows: [
      productRow('Техподдержка Битрикс24, пакет 10 ч в месяц', 1100, 12, { MEASURE_NAME: 'мес.', TAX_RATE: 20 }),
      productRow('Битрикс24 Стандартный, 12 мес.', 5200, 1, { TAX_RATE: 20 }),
    ],
    client: belarusianClient(),
    our: ourParty(),
    manager: manager(),
    ...extra,
  };
}
