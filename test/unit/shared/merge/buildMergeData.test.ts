import { buildMergeData, FIELD_PLACEHOLDER_KEYS, type MergeData, type MergeInput } from '../../../../shared/merge';
import type { Result } from '../../../../shared/result';
import {
  address,
  bankDetail,
  belarusianContractInput,
  CONTRACT,
  FRAMEWORK,
  ourParty,
  productRow,
  requisite,
  russianClient,
  russianContractInput,
} from './mergeFixtures';

/** Shows no-break spaces as ordinary ones, so expectations stay readable. */
function plain(text: string | undefined): string {
  return (text ?? '').replace(/[\u00A0\u202F]/g, ' ');
}

function expectData(result: Result<MergeData>): MergeData {
  if (result.status === 'error') throw new Error(`expected merge data, got ${result.type}: ${result.detail}`);
  return result.response;
}

function expectRefusal(result: Result<MergeData>): string {
  if (result.status === 'success') throw new Error('expected a refusal, got merge data');
  expect(result.type).toBe('merge_data_incomplete');
  return plain(result.detail);
}

describe('buildMergeData for a Russian client', () => {
  const data = expectData(buildMergeData(russianContractInput()));
  const field = (key: keyof MergeData['fields']) => plain(data.fields[key]);

  it('fills every document-level placeholder', () => {
    expect(Object.keys(data.fields).sort()).toEqual([...FIELD_PLACEHOLDER_KEYS].sort());
  });

  it("words both parties' requisites as Russian contracts write them", () => {
    expect(field('client.name')).toBe('Общество с ограниченной ответственностью «СеверСтрой»');
    expect(field('client.shortName')).toBe('ООО «СеверСтрой»');
    expect(field('client.taxIds')).toBe('ИНН 7810456789 / КПП 781001001');
    expect(field('client.registryIds')).toBe('ИНН 7810456789 / КПП 781001001 / ОГРН 1107847123450');
    expect(field('client.unp')).toBe('');
    expect(field('client.address.legal')).toBe('196084, Санкт-Петербург, Московский пр-т, д. 115, лит. А, пом. 12-Н');
    expect(field('client.bank.details')).toBe(
      'р/с 40702810401234567890 в АО «Альфа-Банк», БИК 044525593, к/с 30101810200000000593',
    );
    expect(field('our.address.postal')).toBe('125009, Москва, ул. Тверская, д. 7, офис 310');
    expect(field('our.contacts')).toBe('тел. +7 495 123-45-67, e-mail info@docflow.test');
    expect(field('client.contacts')).toBe('');
  });

  it('puts the signatory in the genitive inside the preamble and initials under the signature', () => {
    expect(field('client.signatory.clause')).toBe(
      'в лице генерального директора Лебедева Константина Олеговича, действующего на основании Устава',
    );
    expect(field('client.signatory.position')).toBe('Генеральный директор');
    expect(field('client.signatory.initials')).toBe('К. О. Лебедев');
    expect(field('our.accountant.initials')).toBe('И. Н. Белова');
    expect(field('our.jurisdiction')).toBe('Российской Федерации');
    expect(field('our.court')).toBe('арбитражном суде');
  });

  it('numbers and dates the document', () => {
    expect(field('doc.title')).toBe('Договор № 2026-00042');
    expect(field('doc.number')).toBe('2026-00042');
    expect(field('doc.registryNumber')).toBe('C-2026-00042');
    expect(field('doc.barcode')).toMatch(/^DFC2600042[0-9A-Z*]$/);
    expect(field('doc.dateQuoted')).toBe('«28» ноября 2026 г.');
    expect(field('doc.dateShort')).toBe('28.11.2026');
    expect(field('doc.city')).toBe('г. Москва');
    expect(field('contract.title')).toBe('');
    expect(field('basis.title')).toBe('');
  });

  it('totals the rows in kopecks with VAT extracted and the amount in words', () => {
    expect(field('totals.amount')).toBe('453 900,00');
    expect(field('totals.amountWords')).toBe('Четыреста пятьдесят три тысячи девятьсот рублей 00 копеек');
    expect(field('totals.amountFull')).toBe('453 900,00 руб. (Четыреста пятьдесят три тысячи девятьсот рублей 00 копеек)');
    expect(field('totals.vat')).toBe('81 850,82');
    expect(field('totals.net')).toBe('372 049,18');
    expect(field('totals.vatLine')).toBe('в т.ч. НДС 22% — 81 850,82 руб.');
    expect(field('totals.currencyCode')).toBe('RUB');
    expect(field('totals.rowCount')).toBe('3');
  });

  it('gives each product row its fields in deal order', () => {
    expect(data.rows.map((row) => plain(row['row.n']))).toEqual(['1', '2', '3']);
    expect(data.rows[1]).toEqual({
      'row.n': '2',
      'row.name': 'Внедрение Битрикс24: настройка CRM и воронок продаж',
      'row.quantity': '40',
      'row.unit': 'ч',
      'row.price': '3\u00a0500,00',
      'row.amount': '140\u00a0000,00',
      'row.vatRate': '22%',
      'row.vat': '25\u00a0245,90',
    });
  });

  it('names the manager and the deal', () => {
    expect(field('manager.name')).toBe('Петрова Мария Сергеевна');
    expect(field('manager.initials')).toBe('М. С. Петрова');
    expect(field('manager.email')).toBe('manager@docflow.test');
    expect(field('deal.id')).toBe('1');
    expect(data.warnings).toEqual([]);
  });
});

describe('buildMergeData for a Belarusian client', () => {
  const data = expectData(buildMergeData(belarusianContractInput()));
  const field = (key: keyof MergeData['fields']) => plain(data.fields[key]);

  it('words the УНП instead of ИНН/КПП/ОГРН, so one template serves both countries', () => {
    expect(field('client.taxIds')).toBe('УНП 193012346');
    expect(field('client.registryIds')).toBe('УНП 193012346');
    expect(field('client.unp')).toBe('193012346');
    expect([field('client.inn'), field('client.kpp'), field('client.ogrn')]).toEqual(['', '', '']);
  });

  it('takes the IBAN and BIC as the bank details and names the country in the address', () => {
    expect(field('client.bank.account')).toBe('BY91PJCB30120123450000000933');
    expect(field('client.bank.bik')).toBe('PJCBBY2X');
    expect(field('client.bank.corrAccount')).toBe('');
    expect(field('client.bank.details')).toBe('р/с BY91PJCB30120123450000000933 в ОАО «Приорбанк», BIC PJCBBY2X');
    expect(field('client.address.postal')).toBe('220030, Беларусь, Минск, ул. Немига, д. 5, пом. 41');
  });

  it('states the amount in Belarusian roubles with VAT at 20 %', () => {
    expect(field('totals.amountFull')).toBe('18 400,00 бел. руб. (Восемнадцать тысяч четыреста белорусских рублей 00 копеек)');
    expect(field('totals.vatLine')).toBe('в т.ч. НДС 20% — 3 066,67 бел. руб.');
    expect(field('client.signatory.clause')).toBe('в лице директора Ковалевича Дмитрия Анатольевича, действующего на основании Устава');
  });
});

describe('buildMergeData for annexes, invoices and acts', () => {
  it('gives a specification its parent contract, with the same dative as the title', () => {
    const data = expectData(
      buildMergeData(
        russianContractInput({
          document: { identity: { kind: 'specification', parent: FRAMEWORK, index: 2 }, date: '2026-11-28' },
          parentContract: { identity: FRAMEWORK, date: '2026-03-12' },
        }),
      ),
    );
    expect(plain(data.fields['doc.title'])).toBe('Спецификация № 2 к Рамочному договору № 2026-00043');
    expect(plain(data.fields['doc.number'])).toBe('2');
    expect(plain(data.fields['annex.number'])).toBe('2');
    expect(plain(data.fields['contract.title'])).toBe('Рамочный договор № 2026-00043');
    expect(data.fields['doc.title'].endsWith(`к ${data.fields['contract.titleDative']}`)).toBe(true);
    expect(plain(data.fields['contract.date'])).toBe('12 марта 2026 г.');
    expect(data.fields['doc.barcode']).toMatch(/^DFSF2600043002.$/);
  });

  it('refuses an annex without its parent contract, or with another one', () => {
    const annex = { identity: { kind: 'supplementary_agreement', parent: CONTRACT, index: 1 }, date: '2026-11-28' } as const;
    expect(expectRefusal(buildMergeData(russianContractInput({ document: annex })))).toContain(
      'Не указан договор, к которому относится Дополнительное соглашение № 1 к Договору № 2026-00042',
    );
    expect(
      expectRefusal(buildMergeData(russianContractInput({ document: annex, parentContract: { identity: FRAMEWORK, date: '2026-03-12' } }))),
    ).toContain('Договор-основание не совпадает');
  });

  it('gives an invoice its basis document and refuses one without', () => {
    const invoice = { identity: { kind: 'invoice', year: 2026, sequence: 117 }, date: '2026-11-28' } as const;
    const data = expectData(buildMergeData(russianContractInput({ document: invoice, basis: { identity: CONTRACT, date: '2026-11-28' } })));
    expect(plain(data.fields['basis.title'])).toBe('Договор № 2026-00042');
    expect(plain(data.fields['basis.date'])).toBe('28 ноября 2026 г.');
    expect(plain(data.fields['doc.title'])).toBe('Счёт на оплату № 2026-00117');
    expect(expectRefusal(buildMergeData(russianContractInput({ document: invoice })))).toContain('по которому выставляется счёт');
  });
});

describe('buildMergeData refusing incomplete data', () => {
  it('lists everything that is missing at once, client first', () => {
    const our = ourParty();
    const detail = expectRefusal(
      buildMergeData(
        russianContractInput({
          client: { ...russianClient(), requisite: undefined, addresses: [], bankDetail: undefined },
          our: { ...our, addresses: our.addresses.filter((a) => a.TYPE_ID !== '8'), bankDetail: undefined },
          rows: [],
          manager: undefined,
          document: { identity: { kind: 'appendix', parent: CONTRACT, index: 1 }, date: '2026-02-30' },
        }),
      ),
    );
    const lines = detail.split('\n');
    expect(lines[0]).toBe('Документ не сформирован: не хватает данных. Исправьте и запустите формирование снова:');
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^— Клиент ООО «СеверСтрой»: в Битрикс24 нет реквизитов компании/),
      '— В сделке нет товаров: добавьте в сделку товары и услуги, которые войдут в документ;',
      '— Наша компания ООО «Интеграция Плюс»: в реквизитах не указан почтовый адрес;',
      '— Наша компания ООО «Интеграция Плюс»: в реквизитах нет банковских реквизитов (расчётного счёта);',
      '— У сделки не найден ответственный сотрудник: назначьте ответственного в сделке;',
      '— Не указан договор, к которому относится Приложение № 1 к Договору № 2026-00042;',
      expect.stringMatching(/^— Дата документа: Дата «2026-02-30» не существует/),
    ]);
  });

  it("lists every gap in a client's requisite: ИНН, postal address, bank details, director", () => {
    const client = russianClient();
    const detail = expectRefusal(
      buildMergeData(
        russianContractInput({
          client: {
            ...client,
            requisite: requisite('2', '2', { RQ_COMPANY_NAME: 'ООО «Вектор»', RQ_KPP: '540601001', RQ_OGRN: '1175476123459' }),
            addresses: [address('2', '6', { ADDRESS_1: 'ул. Ленина, д. 21/1', CITY: 'Новосибирск', POSTAL_CODE: '' })],
            bankDetail: undefined,
          },
        }),
      ),
    );
    expect(detail).toContain('Клиент ООО «Вектор»: в реквизитах не указан ИНН (для Беларуси — УНП)');
    expect(detail).toContain('Клиент ООО «Вектор»: юридический адрес неполный — не указан индекс');
    expect(detail).toContain('Клиент ООО «Вектор»: в реквизитах не указан почтовый адрес');
    expect(detail).toContain('Клиент ООО «Вектор»: в реквизитах нет банковских реквизитов (расчётного счёта)');
  });

  it('catches mistyped numbers by their check digits and still reports the rest', () => {
    const client = russianClient();
    const detail = expectRefusal(
      buildMergeData(
        russianContractInput({
          client: {
            ...client,
            requisite: { ...(client.requisite ?? requisite('2', '2', {})), RQ_INN: '7810456788', RQ_KPP: '', RQ_CEO_NAME: '', RQ_DIRECTOR: '' },
            bankDetail: bankDetail('2', '2', { RQ_BANK_NAME: 'АО «Альфа-Банк»', RQ_BIK: '044525593', RQ_COR_ACC_NUM: '30101810200000000593', RQ_ACC_NUM: '40702810401234567891' }),
          },
        }),
      ),
    );
    expect(detail).toContain('ИНН 7810456788 неверен (не сходится контрольная цифра)');
    expect(detail).toContain('в реквизитах не указан КПП');
    expect(detail).toContain('расчётный счёт 40702810401234567891 не соответствует БИК 044525593');
    expect(detail).toContain('в реквизитах не указан руководитель (ФИО подписанта)');
  });

  it('names each bad product row by number and name', () => {
    const detail = expectRefusal(
      buildMergeData(
        russianContractInput({
          rows: [
            productRow('Лицензия', 1000, 0),
            productRow('Внедрение', -5, 1),
            productRow('Настройка', 1000, 1, { MEASURE_NAME: ' ' }),
            productRow('Сопровождение', 1000, 1, { TAX_RATE: 18 }),
            productRow('', 1000, 1),
          ],
        }),
      ),
    );
    expect(detail).toContain('Товар в строке 1 «Лицензия»: количество должно быть больше нуля');
    expect(detail).toContain('Товар в строке 2 «Внедрение»: цена — Сумма не может быть отрицательной');
    expect(detail).toContain('Товар в строке 3 «Настройка»: не указана единица измерения');
    expect(detail).toContain('Товар в строке 4 «Сопровождение»: Ставка НДС «18» не поддерживается');
    expect(detail).toContain('Товар в строке 5: нет наименования');
  });

  it('refuses a currency the documents cannot spell', () => {
    const input = russianContractInput();
    expect(expectRefusal(buildMergeData({ ...input, deal: { ...input.deal, CURRENCY_ID: 'KZT' } }))).toContain(
      'Валюта сделки: Валюта «KZT» не поддерживается',
    );
  });
});

describe('buildMergeData on money', () => {
  it('keeps fractional quantities to thousandths and rounds the amount half up to the kopeck', () => {
    const data = expectData(buildMergeData(russianContractInput({ rows: [productRow('Консультация', 3333.33, 0.125, { MEASURE_NAME: 'ч' })] })));
    expect(data.rows[0]?.['row.quantity']).toBe('0,125');
    // 3 333,33 × 0,125 = 416,66625 → 416,67
    expect(plain(data.rows[0]?.['row.amount'])).toBe('416,67');
    expect(plain(data.fields['totals.amount'])).toBe('416,67');
  });

  it('says "НДС не облагается" with the legal ground when no row bears VAT', () => {
    const data = expectData(
      buildMergeData(
        russianContractInput({
          rows: [productRow('1С:Бухгалтерия 8 ПРОФ', 14600, 3, { TAX_RATE: null })],
          settings: { vatExemptReason: 'на основании подп. 26 п. 2 ст. 149 НК РФ' },
        }),
      ),
    );
    expect(data.fields['totals.vatLine']).toBe('НДС не облагается на основании подп. 26 п. 2 ст. 149 НК РФ');
    expect(data.fields['totals.vat']).toBe('без НДС');
    expect(data.rows[0]?.['row.vatRate']).toBe('без НДС');
    expect(plain(data.fields['totals.net'])).toBe('43 800,00');
  });

  it('gives one VAT line per rate when rates are mixed', () => {
    const data = expectData(
      buildMergeData(russianContractInput({ rows: [productRow('Услуга', 12200, 1), productRow('Книга', 1100, 1, { TAX_RATE: 10 })] })),
    );
    expect(plain(data.fields['totals.vatLine'])).toBe('в т.ч. НДС 22% — 2 200,00 руб.; в т.ч. НДС 10% — 100,00 руб.');
    expect(plain(data.fields['totals.vat'])).toBe('2 300,00');
  });
});

describe('buildMergeData on parties', () => {
  it('words a Russian sole trader: his own name, ОГРНИП, and the acting clause alone', () => {
    const client = russianClient();
    const data = expectData(
      buildMergeData(
        russianContractInput({
          client: {
            ...client,
            requisite: requisite('2', '2', {
              NAME: 'ИП',
              RQ_INN: '500100732259',
              RQ_OGRNIP: '304500116000157',
              RQ_LAST_NAME: 'Петров',
              RQ_FIRST_NAME: 'Иван',
              RQ_SECOND_NAME: 'Сергеевич',
            }),
          },
        }),
      ),
    );
    expect(data.fields['client.name']).toBe('Индивидуальный предприниматель Петров Иван Сергеевич');
    expect(data.fields['client.shortName']).toBe('ИП Петров И. С.');
    expect(data.fields['client.registryIds']).toBe('ИНН 500100732259 / ОГРНИП 304500116000157');
    expect(data.fields['client.signatory.clause']).toBe('действующий на основании листа записи ЕГРИП (ОГРНИП 304500116000157)');
    expect(data.fields['client.signatory.position']).toBe('Индивидуальный предприниматель');
  });

  it('uses "Генеральный директор" when the position is not recorded, and says so', () => {
    const client = russianClient();
    const data = expectData(
      buildMergeData(
        russianContractInput({ client: { ...client, requisite: { ...(client.requisite ?? requisite('2', '2', {})), RQ_CEO_WORK_POS: '' } } }),
      ),
    );
    expect(data.fields['client.signatory.position']).toBe('Генеральный директор');
    expect(data.warnings).toEqual(['Клиент ООО «СеверСтрой»: в реквизитах не указана должность руководителя, в документе — «Генеральный директор»']);
  });

  it('takes the place of signing from the settings first', () => {
    const data = expectData(buildMergeData(russianContractInput({ settings: { city: 'Химки' } })));
    expect(data.fields['doc.city']).toBe('г. Химки');
    const village = expectData(buildMergeData(russianContractInput({ settings: { city: 'пос. Ильинский' } })));
    expect(village.fields['doc.city']).toBe('пос. Ильинский');
  });
});

describe('buildMergeData keeps CRM values as data', () => {
  const dangerous = [
    '{{doc.number}}',
    '$1 $& $$',
    'C:\\new\\table \\1',
    '.*+?^${}()|[]',
    '<b>жирный</b> &amp; <script>alert(1)</script>',
    '=HYPERLINK("http://example.com")',
    '+7 (495) 000-00-00',
    '@SUM(A1)',
  ];

  it.each(dangerous)('passes %s through unchanged in names and product rows', (value) => {
    const client = russianClient();
    const input: MergeInput = russianContractInput({
      client: {
        ...client,
        requisite: { ...(client.requisite ?? requisite('2', '2', {})), RQ_COMPANY_NAME: value, RQ_COMPANY_FULL_NAME: value, RQ_PHONE: value },
      },
      rows: [productRow(value, 1000, 1)],
      deal: { ...russianContractInput().deal, TITLE: value },
    });
    const data = expectData(buildMergeData(input));
    expect(data.fields['client.shortName']).toBe(value);
    expect(data.fields['client.name']).toBe(value);
    expect(data.fields['client.contacts']).toBe(`тел. ${value}`);
    expect(data.fields['deal.title']).toBe(value);
    expect(data.rows[0]?.['row.name']).toBe(value);
  });
});
