import type { DocumentKind } from '../kinds/documentKinds';

/**
 * The closed vocabulary of merge fields a template may use, written `{{group.name}}`.
 *
 * Every entry has a Russian description and an example for the administrator's guide
 * (templates/README.md lists them all; a test keeps the two in step). A template that uses a
 * name outside this list is refused by the template checks, so a typo in a template is found
 * in review, not on a client's paper.
 *
 * `kinds` restricts an entry to the document kinds that have the data: the parent contract
 * exists only for annexes, the basis document only for invoices and acts. Entries without
 * `kinds` serve every kind.
 */
export interface PlaceholderInfo {
  readonly key: string;
  /** Russian, for the administrator: what the value is and where it comes from. */
  readonly description: string;
  /** A value as it appears in a generated document. */
  readonly example: string;
  readonly kinds?: readonly DocumentKind[];
  /** True when the value may be empty (the template must read well without it). */
  readonly optional?: boolean;
}

const ANNEXES: readonly DocumentKind[] = ['specification', 'appendix', 'supplementary_agreement'];
const PAID_OR_ACCEPTED: readonly DocumentKind[] = ['invoice', 'act'];

/** Fields about the document itself, its parent contract or basis, the deal and the totals. */
export const DOCUMENT_PLACEHOLDERS = [
  { key: 'doc.title', description: 'Название документа с номером', example: 'Спецификация № 2 к Договору № 2026-00042' },
  { key: 'doc.number', description: 'Номер документа (у спецификации, приложения, доп. соглашения — номер внутри договора)', example: '2026-00042' },
  { key: 'doc.registryNumber', description: 'Регистрационный номер в реестре документов', example: 'C-2026-00042' },
  { key: 'doc.barcode', description: 'Место штрихкода Code 128 в колонтитуле: при формировании заменяется изображением штрихкода', example: 'DFC2600042U' },
  { key: 'doc.date', description: 'Дата документа', example: '28 ноября 2026 г.' },
  { key: 'doc.dateQuoted', description: 'Дата документа, день в кавычках (шапка договора)', example: '«28» ноября 2026 г.' },
  { key: 'doc.dateShort', description: 'Дата документа цифрами', example: '28.11.2026' },
  { key: 'doc.city', description: 'Город заключения (настройка Settings, иначе город юридического адреса нашей компании)', example: 'г. Москва' },
  { key: 'contract.title', description: 'Договор, к которому относится документ', example: 'Договор № 2026-00042', kinds: ANNEXES },
  { key: 'contract.titleDative', description: 'Договор, к которому относится документ, в дательном падеже («к …»)', example: 'Договору № 2026-00042', kinds: ANNEXES },
  { key: 'contract.number', description: 'Номер договора, к которому относится документ', example: '2026-00042', kinds: ANNEXES },
  { key: 'contract.date', description: 'Дата договора, к которому относится документ', example: '12 марта 2026 г.', kinds: ANNEXES },
  { key: 'annex.number', description: 'Номер спецификации, приложения или доп. соглашения внутри договора', example: '2', kinds: ANNEXES },
  { key: 'basis.title', description: 'Документ-основание счёта или акта (договор или спецификация)', example: 'Договор № 2026-00042', kinds: PAID_OR_ACCEPTED },
  { key: 'basis.date', description: 'Дата документа-основания', example: '12 марта 2026 г.', kinds: PAID_OR_ACCEPTED },
  { key: 'deal.id', description: 'Номер сделки в Битрикс24', example: '42' },
  { key: 'deal.title', description: 'Название сделки в Битрикс24', example: 'Внедрение CRM' },
  { key: 'manager.name', description: 'ФИО ответственного менеджера', example: 'Петрова Мария Сергеевна' },
  { key: 'manager.initials', description: 'Инициалы и фамилия ответственного менеджера', example: 'М. С. Петрова' },
  { key: 'manager.position', description: 'Должность ответственного менеджера (может быть пустой)', example: 'Менеджер по продажам', optional: true },
  { key: 'manager.email', description: 'Адрес электронной почты ответственного менеджера', example: 'manager@example.ru' },
  { key: 'totals.amount', description: 'Итоговая сумма цифрами', example: '453 900,00' },
  { key: 'totals.amountWords', description: 'Итоговая сумма прописью с валютой', example: 'Четыреста пятьдесят три тысячи девятьсот рублей 00 копеек' },
  { key: 'totals.amountFull', description: 'Итоговая сумма, как её пишут в договоре: цифрами, валюта и прописью в скобках', example: '453 900,00 руб. (Четыреста пятьдесят три тысячи девятьсот рублей 00 копеек)' },
  { key: 'totals.currency', description: 'Сокращение валюты после суммы', example: 'руб.' },
  { key: 'totals.currencyCode', description: 'Код валюты', example: 'RUB' },
  { key: 'totals.net', description: 'Сумма без НДС', example: '372 049,18' },
  { key: 'totals.vat', description: 'Сумма НДС цифрами или «без НДС»', example: '81 850,82' },
  { key: 'totals.vatLine', description: 'Строка НДС под суммой', example: 'в т.ч. НДС 22% — 81 850,82 руб.' },
  { key: 'totals.rowCount', description: 'Количество позиций в таблице', example: '3' },
] as const satisfies readonly PlaceholderInfo[];

/**
 * Fields of a party, the same for our company (`our.`) and the client (`client.`).
 * Russia and Belarus: `taxIds` and `registryIds` are whole lines worded by the country (ИНН/КПП/
 * ОГРН or УНП), so one template serves both; the single fields (`inn`, `kpp`, `ogrn`, `unp`)
 * are empty where the country has no such number.
 */
export const PARTY_FIELDS = [
  { field: 'name', description: 'полное наименование', example: 'Общество с ограниченной ответственностью «Ромашка»' },
  { field: 'shortName', description: 'краткое наименование', example: 'ООО «Ромашка»' },
  { field: 'inn', description: 'ИНН (Россия; пусто для Беларуси)', example: '7701234567', optional: true },
  { field: 'kpp', description: 'КПП (пусто, если нет: ИП, Беларусь)', example: '770101001', optional: true },
  { field: 'ogrn', description: 'ОГРН или ОГРНИП (пусто для Беларуси)', example: '1027700132195', optional: true },
  { field: 'unp', description: 'УНП (Беларусь; пусто для России)', example: '190000000', optional: true },
  { field: 'taxIds', description: 'строка налоговых номеров: «ИНН … / КПП …» или «УНП …»', example: 'ИНН 7701234567 / КПП 770101001' },
  { field: 'registryIds', description: 'строка налоговых и регистрационных номеров: «ИНН … / КПП … / ОГРН …» или «УНП …»', example: 'ИНН 7701234567 / КПП 770101001 / ОГРН 1027700132195' },
  { field: 'address.legal', description: 'юридический адрес одной строкой', example: '119019, г. Москва, ул. Новый Арбат, д. 21, офис 1205' },
  { field: 'address.postal', description: 'почтовый адрес одной строкой', example: '125009, г. Москва, ул. Тверская, д. 7, офис 310' },
  { field: 'bank.name', description: 'банк', example: 'ПАО Сбербанк' },
  { field: 'bank.bik', description: 'БИК банка (в Беларуси — BIC)', example: '044525225' },
  { field: 'bank.account', description: 'расчётный счёт (в Беларуси — IBAN)', example: '40702810938000012345' },
  { field: 'bank.corrAccount', description: 'корреспондентский счёт (пусто для Беларуси)', example: '30101810400000000225', optional: true },
  { field: 'bank.details', description: 'банковские реквизиты одной строкой', example: 'р/с 40702810938000012345 в ПАО Сбербанк, БИК 044525225, к/с 30101810400000000225' },
  { field: 'signatory.clause', description: 'оборот преамбулы «в лице …, действующего на основании …» (у ИП — «действующий на основании …»)', example: 'в лице генерального директора Петрова Ивана Сергеевича, действующего на основании Устава' },
  { field: 'signatory.position', description: 'должность подписанта', example: 'Генеральный директор' },
  { field: 'signatory.name', description: 'ФИО подписанта', example: 'Петров Иван Сергеевич' },
  { field: 'signatory.initials', description: 'инициалы и фамилия подписанта (под подписью)', example: 'И. С. Петров' },
  { field: 'accountant.initials', description: 'инициалы и фамилия главного бухгалтера (может быть пустым)', example: 'И. Н. Белова', optional: true },
  { field: 'contacts', description: 'телефон и e-mail (может быть пустым)', example: 'тел. +7 495 123-45-67, e-mail info@example.ru', optional: true },
] as const;

/** Fields only our company has: they follow from the country of our legal entity. */
export const OUR_ONLY_FIELDS = [
  { key: 'our.jurisdiction', description: 'Страна нашей компании в родительном падеже («законодательство …»)', example: 'Российской Федерации' },
  { key: 'our.court', description: 'Суд для споров в предложном падеже («в … по месту нахождения Исполнителя»)', example: 'арбитражном суде' },
] as const satisfies readonly PlaceholderInfo[];

/** Fields of one product row; the table row that holds them is repeated per row. */
export const ROW_PLACEHOLDERS = [
  { key: 'row.n', description: 'Номер строки', example: '1' },
  { key: 'row.name', description: 'Наименование товара, работы, услуги', example: 'Битрикс24 Профессиональный, 12 мес.' },
  { key: 'row.quantity', description: 'Количество', example: '1,5' },
  { key: 'row.unit', description: 'Единица измерения', example: 'шт.' },
  { key: 'row.price', description: 'Цена за единицу (с НДС, если он есть)', example: '249 900,00' },
  { key: 'row.amount', description: 'Сумма строки', example: '249 900,00' },
  { key: 'row.vatRate', description: 'Ставка НДС строки или «без НДС»', example: '22%' },
  { key: 'row.vat', description: 'Сумма НДС строки или «без НДС»', example: '45 063,93' },
] as const satisfies readonly PlaceholderInfo[];

export type PartyPrefix = 'our' | 'client';
export type PartyField = (typeof PARTY_FIELDS)[number]['field'];
export type PartyPlaceholderKey = `${PartyPrefix}.${PartyField}`;
export type DocumentPlaceholderKey = (typeof DOCUMENT_PLACEHOLDERS)[number]['key'];
export type OurOnlyPlaceholderKey = (typeof OUR_ONLY_FIELDS)[number]['key'];
/** A document-level field: everything except the product-row fields. */
export type FieldPlaceholderKey = DocumentPlaceholderKey | PartyPlaceholderKey | OurOnlyPlaceholderKey;
export type RowPlaceholderKey = (typeof ROW_PLACEHOLDERS)[number]['key'];
export type PlaceholderKey = FieldPlaceholderKey | RowPlaceholderKey;

/** Row fields every product table's row template must hold (row.vatRate and row.vat are extra). */
export const REQUIRED_ROW_PLACEHOLDERS: readonly RowPlaceholderKey[] = [
  'row.n',
  'row.name',
  'row.quantity',
  'row.unit',
  'row.price',
  'row.amount',
];

const PARTY_OWNER: { readonly [P in PartyPrefix]: string } = { our: 'нашей компании', client: 'клиента' };

function partyPlaceholders(prefix: PartyPrefix): PlaceholderInfo[] {
  return PARTY_FIELDS.map((entry) => {
    const info: PlaceholderInfo = {
      key: `${prefix}.${entry.field}`,
      description: `${capitalize(entry.description)} ${PARTY_OWNER[prefix]}`,
      example: entry.example,
    };
    return 'optional' in entry ? { ...info, optional: entry.optional } : info;
  });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The whole vocabulary in the order the administrator's guide lists it. */
export const PLACEHOLDERS: readonly PlaceholderInfo[] = [
  ...DOCUMENT_PLACEHOLDERS,
  ...partyPlaceholders('our'),
  ...OUR_ONLY_FIELDS,
  ...partyPlaceholders('client'),
  ...ROW_PLACEHOLDERS,
];

const BY_KEY: ReadonlyMap<string, PlaceholderInfo> = new Map(PLACEHOLDERS.map((info) => [info.key, info]));

export function isPlaceholderKey(name: string): name is PlaceholderKey {
  return BY_KEY.has(name);
}

export function isRowPlaceholderKey(name: string): name is RowPlaceholderKey {
  return name.startsWith('row.') && BY_KEY.has(name);
}

export function placeholderInfo(name: string): PlaceholderInfo | undefined {
  return BY_KEY.get(name);
}

/** Does a document of this kind have the data for this placeholder? Unknown names: false. */
export function placeholderServesKind(name: string, kind: DocumentKind): boolean {
  const info = BY_KEY.get(name);
  if (info === undefined) return false;
  return info.kinds === undefined || info.kinds.includes(kind);
}

/** The document-level keys (no row fields), for building a complete field map. */
export const FIELD_PLACEHOLDER_KEYS: readonly FieldPlaceholderKey[] = PLACEHOLDERS.map((info) => info.key).filter(
  (key): key is FieldPlaceholderKey => !key.startsWith('row.'),
);
