import {
  type Catalogue,
  type ClientDocument,
  type DealProductRow,
  loadCatalogue,
  type SelectionFailure,
  selectTemplates,
  type TemplateSelection,
} from '../../../../shared/catalogue';
import type { Result } from '../../../../shared/result';
import { starterCatalogue, starterCatalogueJson } from './starterCatalogue';

const CATALOGUE = starterCatalogue();

let nextId = 1;
function row(name: string, sectionName: string, extra: Partial<DealProductRow> = {}): DealProductRow {
  return { productId: String(nextId++), name, sectionName, quantity: 1, price: 1000, currency: 'RUB', ...extra };
}

function framework(lineOfBusiness: string, extra: Partial<ClientDocument> = {}): ClientDocument {
  return {
    kind: 'framework_contract',
    registryNumber: `РД-${lineOfBusiness}-001`,
    lineOfBusiness,
    status: 'returned',
    active: true,
    childCount: 3,
    ...extra,
  };
}

function select(rows: DealProductRow[], clientDocuments: ClientDocument[] = [], catalogue: Catalogue = CATALOGUE) {
  return selectTemplates({ rows, clientDocuments, catalogue });
}

function expectSelection(result: Result<TemplateSelection>): TemplateSelection {
  if (result.status === 'error') throw new Error(`refused: ${result.detail}`);
  return result.response;
}

function expectProblems(result: Result<TemplateSelection>): SelectionFailure['problems'] {
  if (result.status === 'success') throw new Error('expected the selection to be refused');
  expect(result.type).toBe('template_selection_failed');
  const { problems } = result as SelectionFailure;
  expect(result.detail).toBe(problems.map((problem) => problem.detail).join('\n'));
  return problems;
}

describe('selecting templates for a deal', () => {
  it.each([
    ['Битрикс24 / Лицензии', 'bitrix24', 'licences', ['contract.licence.bitrix24', 'invoice']],
    ['Битрикс24 / Внедрение', 'bitrix24', 'implementation', ['contract.implementation.bitrix24', 'appendix.technical-assignment', 'invoice']],
    ['Битрикс24 / Техподдержка', 'bitrix24', 'support', ['contract.support.bitrix24', 'invoice']],
    ['Сайты / Разработка', 'websites', 'development', ['contract.development.website', 'appendix.technical-assignment', 'invoice']],
    ['Сайты / Техподдержка', 'websites', 'support', ['contract.support.website', 'invoice']],
    ['1С / Лицензии', '1c', 'licences', ['contract.licence.1c', 'invoice']],
    ['1С / Внедрение', '1c', 'implementation', ['contract.implementation.1c', 'appendix.technical-assignment', 'invoice']],
    ['1С / Техподдержка', '1c', 'support', ['contract.support.1c', 'invoice']],
  ])('«%s» → a new %s %s contract and the invoice', (section, line, service, keys) => {
    const rows = [row('Позиция', section, { quantity: 2 })];
    const selection = expectSelection(select(rows));
    expect(selection.documents.map((document) => document.templateKey)).toEqual(keys);
    expect(selection.documents[0]).toMatchObject({ kind: 'contract', lineOfBusiness: line, service, rows });
    expect(selection.documents[0]?.parent).toBeUndefined();
    expect(selection.documents.at(-1)).toMatchObject({ kind: 'invoice', lineOfBusiness: line, rows });
    expect(selection.currency).toBe('RUB');
  });

  it('says why, in the words the sidebar shows', () => {
    const selection = expectSelection(select([row('Битрикс24 Стандартный, 12 мес.', 'Битрикс24 / Лицензии')]));
    expect(selection.documents.map((document) => document.reasons)).toEqual([
      ['Товары раздела «Битрикс24 / Лицензии» → договор поставки лицензий «Битрикс24»'],
      ['Счёт на оплату — на всю сделку: позиций 1.'],
    ]);
  });

  it('issues the technical assignment as appendix No. 1 to the new implementation contract', () => {
    const selection = expectSelection(select([row('Внедрение CRM', 'Битрикс24 / Внедрение')]));
    expect(selection.documents[1]).toMatchObject({
      templateKey: 'appendix.technical-assignment',
      kind: 'appendix',
      parent: { source: 'planned', documentIndex: 0, templateKey: 'contract.implementation.bitrix24', childNumber: 1 },
      reasons: ['Договор на внедрение «Битрикс24» заключается вместе с приложением № 1: техническое задание'],
    });
  });

  it('makes one document per service, ordered by first appearance, and one invoice for every row', () => {
    const rows = [
      row('Внедрение CRM', 'Битрикс24 / Внедрение'),
      row('Битрикс24 Профессиональный', 'Битрикс24 / Лицензии'),
      row('Обучение сотрудников', 'Битрикс24 / Внедрение / Обучение'),
      row('Доп. пользователи', 'Битрикс24 / Лицензии'),
    ];
    const selection = expectSelection(select(rows));
    expect(selection.documents.map((document) => [document.templateKey, document.rows.map((r) => r.name)])).toEqual([
      ['contract.implementation.bitrix24', ['Внедрение CRM', 'Обучение сотрудников']],
      ['appendix.technical-assignment', ['Внедрение CRM', 'Обучение сотрудников']],
      ['contract.licence.bitrix24', ['Битрикс24 Профессиональный', 'Доп. пользователи']],
      ['invoice', rows.map((r) => r.name)],
    ]);
    expect(selection.documents[0]?.reasons).toEqual([
      'Товары раздела «Битрикс24 / Внедрение» → договор на внедрение «Битрикс24»',
      'Товары раздела «Битрикс24 / Внедрение / Обучение» → договор на внедрение «Битрикс24»',
    ]);
  });

  describe('under an active framework contract', () => {
    it('issues the next numbered specification instead of a new contract', () => {
      const selection = expectSelection(select([row('Внедрение 1С:ERP', '1С / Внедрение')], [framework('1c')]));
      expect(selection.documents.map((document) => document.templateKey)).toEqual(['spec.framework', 'invoice']);
      expect(selection.documents[0]).toMatchObject({
        kind: 'specification',
        lineOfBusiness: '1c',
        parent: { source: 'existing', kind: 'framework_contract', registryNumber: 'РД-1c-001', childNumber: 4 },
        reasons: [
          'Товары раздела «1С / Внедрение» → спецификация № 4 к рамочному договору № РД-1c-001 (у клиента действует рамочный договор по направлению «1С»)',
        ],
      });
    });

    it('numbers several specifications in one deal one after another', () => {
      const selection = expectSelection(
        select([row('Лицензия 1С:ERP', '1С / Лицензии'), row('Внедрение 1С:ERP', '1С / Внедрение')], [framework('1c')]),
      );
      expect(selection.documents.map((document) => document.parent?.childNumber)).toEqual([4, 5, undefined]);
    });

    it('ignores framework contracts that are inactive, annulled, or of another line of business', () => {
      const documents = [
        framework('1c', { active: false }),
        framework('1c', { registryNumber: 'РД-1c-002', status: 'annulled' }),
        framework('bitrix24'),
      ];
      const selection = expectSelection(select([row('Внедрение 1С:ERP', '1С / Внедрение')], documents));
      expect(selection.documents[0]?.templateKey).toBe('contract.implementation.1c');
    });

    it('still makes a support subscription a contract of its own', () => {
      const selection = expectSelection(select([row('Сопровождение, 10 ч', '1С / Техподдержка')], [framework('1c')]));
      expect(selection.documents[0]?.templateKey).toBe('contract.support.1c');
    });
  });

  it('issues a supplementary agreement under a running support subscription', () => {
    const running: ClientDocument = {
      kind: 'contract',
      registryNumber: 'Д-2024-0100',
      lineOfBusiness: 'websites',
      status: 'returned',
      active: true,
      childCount: 1,
      templateKey: 'contract.support.website',
    };
    const selection = expectSelection(select([row('Поддержка сайта, тариф «Расширенный»', 'Сайты / Техподдержка')], [running]));
    expect(selection.documents[0]).toMatchObject({
      templateKey: 'supplementary.agreement',
      kind: 'supplementary_agreement',
      parent: { source: 'existing', kind: 'contract', registryNumber: 'Д-2024-0100', childNumber: 2 },
      reasons: [
        'Товары раздела «Сайты / Техподдержка» → дополнительное соглашение № 2 к договору № Д-2024-0100 (у клиента действует договор «Договор абонентской технической поддержки сайта»)',
      ],
    });
  });

  describe('refusals', () => {
    it('refuses a deal without product rows', () => {
      expect(expectProblems(select([]))).toEqual([
        { type: 'no_product_rows', detail: 'В сделке нет товаров: добавьте товарные позиции и повторите.' },
      ]);
    });

    it('refuses a product whose section no rule describes, naming the product and the section', () => {
      const problems = expectProblems(select([row('Лицензия', 'Битрикс24 / Лицензии'), row('Курс «Основы CRM»', 'Обучение')]));
      expect(problems).toEqual([
        { type: 'unknown_section', detail: 'Товар «Курс «Основы CRM»» из раздела «Обучение» не описан в каталоге шаблонов.' },
      ]);
    });

    it('refuses a product without a section', () => {
      const problems = expectProblems(select([row('Разовая услуга', '')]));
      expect(problems).toEqual([
        { type: 'unknown_section', detail: 'Товар «Разовая услуга» из раздела «без раздела» не описан в каталоге шаблонов.' },
      ]);
    });

    it('refuses mixed currencies', () => {
      const problems = expectProblems(
        select([row('Лицензия', '1С / Лицензии', { currency: 'RUB' }), row('Внедрение', '1С / Внедрение', { currency: 'byn' })]),
      );
      expect(problems).toEqual([{ type: 'mixed_currencies', detail: expect.stringContaining('RUB, BYN') }]);
    });

    it('refuses products of several lines of business in one deal, as the starter catalogue says', () => {
      const problems = expectProblems(select([row('Лицензия Б24', 'Битрикс24 / Лицензии'), row('Лицензия 1С', '1С / Лицензии')]));
      expect(problems).toEqual([
        {
          type: 'mixed_lines_of_business',
          detail:
            'В сделке товары разных направлений: «Битрикс24» (Лицензия Б24); «1С» (Лицензия 1С). Оформите отдельную сделку на каждое направление.',
        },
      ]);
    });

    it('refuses contract templates the catalogue forbids to mix', () => {
      const json = starterCatalogueJson() as { mixing: { forbiddenCombinations: unknown[] } };
      json.mixing.forbiddenCombinations = [
        { templates: ['contract.licence.bitrix24', 'contract.support.bitrix24'], reason: 'подписка на сопровождение продаётся отдельно.' },
      ];
      const loaded = loadCatalogue(json);
      if (loaded.status === 'error') throw new Error(loaded.detail);
      const problems = expectProblems(
        select([row('Лицензия', 'Битрикс24 / Лицензии'), row('Сопровождение', 'Битрикс24 / Техподдержка')], [], loaded.response),
      );
      expect(problems).toEqual([
        {
          type: 'forbidden_combination',
          detail:
            'Товары для «Договор поставки лицензий «Битрикс24»» и «Договор абонентского технического сопровождения «Битрикс24»» нельзя оформлять в одной сделке: подписка на сопровождение продаётся отдельно.',
        },
      ]);
    });

    it('allows several lines in one deal when the catalogue allows it, with an invoice of no single line', () => {
      const json = starterCatalogueJson() as { mixing: { allowSeveralLinesOfBusiness: boolean } };
      json.mixing.allowSeveralLinesOfBusiness = true;
      const loaded = loadCatalogue(json);
      if (loaded.status === 'error') throw new Error(loaded.detail);
      const selection = expectSelection(
        select([row('Лицензия Б24', 'Битрикс24 / Лицензии'), row('Лицензия 1С', '1С / Лицензии')], [], loaded.response),
      );
      expect(selection.documents.map((document) => document.templateKey)).toEqual([
        'contract.licence.bitrix24',
        'contract.licence.1c',
        'invoice',
      ]);
      expect(selection.documents[2]?.lineOfBusiness).toBeUndefined();
    });

    it('refuses to guess between two active framework contracts', () => {
      const problems = expectProblems(
        select([row('Внедрение', '1С / Внедрение')], [framework('1c', { registryNumber: 'РД-7' }), framework('1c', { registryNumber: 'РД-3' })]),
      );
      expect(problems).toEqual([
        { type: 'ambiguous_parent_contract', detail: expect.stringContaining('(№ РД-3, № РД-7)') },
      ]);
    });

    it('refuses rows with a non-positive quantity, a negative price or no currency', () => {
      const problems = expectProblems(
        select([
          row('Лицензия', '1С / Лицензии', { quantity: 0 }),
          row('Внедрение', '1С / Внедрение', { price: -5 }),
          row('Сопровождение', '1С / Техподдержка', { currency: ' ' }),
        ]),
      );
      expect(problems.map((problem) => problem.detail)).toEqual([
        'Позиция 1 «Лицензия»: количество должно быть больше нуля (сейчас 0).',
        'Позиция 2 «Внедрение»: цена не может быть отрицательной (сейчас -5).',
        'Позиция 3 «Сопровождение»: не указана валюта.',
      ]);
    });

    it('lists every problem of a deal at once', () => {
      const problems = expectProblems(
        select([
          row('Лицензия', 'Битрикс24 / Лицензии', { currency: 'USD' }),
          row('Что-то', 'Прочее'),
          row('Внедрение 1С', '1С / Внедрение'),
        ]),
      );
      expect(problems.map((problem) => problem.type)).toEqual(['mixed_currencies', 'unknown_section', 'mixed_lines_of_business']);
    });
  });

  describe('determinism', () => {
    const rows = [
      row('Внедрение CRM', 'Битрикс24 / Внедрение'),
      row('Лицензия', 'Битрикс24 / Лицензии'),
      row('Сопровождение', 'Битрикс24 / Техподдержка'),
    ];
    const documents: ClientDocument[] = [
      framework('bitrix24'),
      framework('1c'),
      { kind: 'contract', registryNumber: 'Д-1', lineOfBusiness: 'bitrix24', status: 'sent', active: true, childCount: 0, templateKey: 'contract.support.bitrix24' },
    ];

    it('gives the same output for the same input', () => {
      const first = expectSelection(select(rows, documents));
      const second = expectSelection(select(rows, documents));
      expect(second).toEqual(first);
      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    });

    it('does not depend on the order of the client\u2019s documents', () => {
      expect(expectSelection(select(rows, [...documents].reverse()))).toEqual(expectSelection(select(rows, documents)));
    });

    it('does not change its input', () => {
      const before = JSON.stringify({ rows, documents, catalogue: CATALOGUE });
      select(rows, documents);
      expect(JSON.stringify({ rows, documents, catalogue: CATALOGUE })).toBe(before);
    });
  });
});
