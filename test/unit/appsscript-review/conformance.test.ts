import { checkConformance, type ConformanceDeps, difference } from '../../../appsscript/review/conformance/checkConformance';
import { documentBodyText, renderedTemplateText } from '../../../appsscript/review/conformance/bodyText';
import type { DocsDocument } from '../../../appsscript/docs/docsTypes';
import type { MergeValues } from '../../../appsscript/docs/mergeRequests';
import { type Block, docsDocument } from './fakes/docsBuilder';
import { documentRow, RecordingLog } from './fakes/world';

const TEMPLATE: Block[] = [
  'ДОГОВОР № {{doc.number}}',
  '{{our.name}}, именуемое «Исполнитель», и {{client.name}}, именуемое «Заказчик», заключили договор.',
  { table: [['Наименование', 'Сумма'], ['{{row.name}}', '{{row.amount}}'], ['Итого', '{{totals.amount}}']] },
  'Сумма прописью: {{totals.words}}.',
  { requisites: ['Реквизиты заказчика', '{{client.name}}, ИНН {{client.inn}}', 'р/с {{client.account}}'] },
  'Подписи сторон',
];

const VALUES: MergeValues = {
  fields: { 'doc.number': 'C-2026-00001', 'our.name': 'ООО «Интеграция Плюс»', 'client.name': 'ООО «СеверСтрой»', 'client.inn': '7810456789', 'client.account': '40702810000000000001', 'totals.amount': '3 000,00', 'totals.words': 'три тысячи рублей 00 копеек' },
  rows: [
    { 'row.name': 'Лицензия', 'row.amount': '1 000,00' },
    { 'row.name': 'Внедрение', 'row.amount': '2 000,00' },
  ],
};

function generated(overrides: { requisites?: readonly string[]; preamble?: string } = {}): Block[] {
  return [
    'ДОГОВОР № C-2026-00001',
    overrides.preamble ?? 'ООО «Интеграция Плюс», именуемое «Исполнитель», и ООО «СеверСтрой», именуемое «Заказчик», заключили договор.',
    { table: [['Наименование', 'Сумма'], ['Лицензия', '1 000,00'], ['Внедрение', '2 000,00'], ['Итого', '3 000,00']] },
    'Сумма прописью: три тысячи рублей 00 копеек.',
    { requisites: overrides.requisites ?? ['Реквизиты заказчика', 'ООО «СеверСтрой», ИНН 7810456789', 'р/с 40702810000000000001'] },
    'Подписи сторон',
  ];
}

function deps(document: DocsDocument, template: DocsDocument = docsDocument(TEMPLATE)): ConformanceDeps {
  return {
    docs: { get: (id) => (id === 'template-doc' ? template : document), batchUpdate: () => undefined },
    log: new RecordingLog(),
    templateDocId: () => 'template-doc',
    mergeValues: { valuesFor: () => ({ status: 'success', response: VALUES }) },
  };
}

const contract = documentRow({ number: 'C-2026-00001', kind: 'contract' });

describe('the conformance check', () => {
  it('renders the template with the same data exactly as generation does, product rows expanded', () => {
    const template = docsDocument(TEMPLATE);
    const document = docsDocument(generated());
    const spans = (d: typeof template) => d.namedRanges?.['docflow_requisites']?.namedRanges?.[0]?.ranges?.map((r) => ({ start: r.startIndex ?? 0, end: r.endIndex ?? 0 })) ?? [];
    expect(renderedTemplateText(template.body?.content, spans(template), 'outside', VALUES)).toBe(documentBodyText(document.body?.content, spans(document), 'outside'));
    expect(documentBodyText(document.body?.content, spans(document), 'inside')).toBe('Реквизиты заказчика\nООО «СеверСтрой», ИНН 7810456789\nр/с 40702810000000000001');
  });

  it('an untouched document conforms, with "no changes"', () => {
    expect(checkConformance(deps(docsDocument(generated())), contract, [])).toEqual({ requisitesOnly: true, reason: 'документ совпадает с шаблоном «bitrix24-licence@1», изменений нет' });
  });

  it('only the requisites changed (the client corrected its account): approved without approvers', () => {
    const edited = docsDocument(generated({ requisites: ['Реквизиты заказчика', 'ООО «СеверСтрой», ИНН 7810456789, КПП 781001001', 'р/с 40702810999999999999'] }));
    const outcome = checkConformance(deps(edited), contract, []);
    expect(outcome.requisitesOnly).toBe(true);
    expect(outcome.reason).toMatch(/изменены только реквизиты/);
  });

  it('one word changed outside the requisites: approval required, and the audit quotes the change', () => {
    const edited = docsDocument(generated({ preamble: 'ООО «Интеграция Плюс», именуемое «Подрядчик», и ООО «СеверСтрой», именуемое «Заказчик», заключили договор.' }));
    const outcome = checkConformance(deps(edited), contract, []);
    expect(outcome.requisitesOnly).toBe(false);
    expect(outcome.reason).toMatch(/отличается от шаблона «bitrix24-licence@1»: в документе «Подрядчик/);
  });

  it('a product row changed: approval required', () => {
    const blocks = generated();
    blocks[2] = { table: [['Наименование', 'Сумма'], ['Лицензия', '1 000,00'], ['Внедрение', '1 500,00'], ['Итого', '3 000,00']] };
    expect(checkConformance(deps(docsDocument(blocks)), contract, []).requisitesOnly).toBe(false);
  });

  it('asks for approval when it cannot compare: no range in the template, the range deleted, no merge data, no template', () => {
    const noRangeTemplate = docsDocument(TEMPLATE.map((block) => (typeof block === 'object' && 'requisites' in block ? block.requisites.join(' ') : block)));
    expect(checkConformance(deps(docsDocument(generated()), noRangeTemplate), contract, []).reason).toMatch(/в шаблоне не отмечена область реквизитов/);
    const noRangeDocument = docsDocument(generated().map((block) => (typeof block === 'object' && 'requisites' in block ? 'Реквизиты стёрты' : block)));
    expect(checkConformance(deps(noRangeDocument), contract, []).reason).toMatch(/в документе удалена область реквизитов/);
    const noData: ConformanceDeps = { ...deps(docsDocument(generated())), mergeValues: { valuesFor: () => ({ status: 'error', type: 'merge_data_unavailable', detail: 'сделка недоступна' }) } };
    expect(checkConformance(noData, contract, [])).toMatchObject({ requisitesOnly: false, reason: expect.stringContaining('сделка недоступна') });
    const noTemplate: ConformanceDeps = { ...deps(docsDocument(generated())), templateDocId: () => null };
    expect(checkConformance(noTemplate, contract, []).requisitesOnly).toBe(false);
    const unreadable: ConformanceDeps = { ...deps(docsDocument(generated())), docs: { get: () => { throw new Error('boom'); }, batchUpdate: () => undefined } };
    expect(checkConformance(unreadable, contract, []).reason).toMatch(/Google Документы не ответили/);
  });

  it('does not compare kinds without internal approval', () => {
    const invoice = documentRow({ number: 'I-2026-00001', kind: 'invoice' });
    expect(checkConformance(deps(docsDocument(generated())), invoice, []).reason).toMatch(/не проводилась/);
  });
});

describe('difference', () => {
  it('quotes where two texts part', () => {
    expect(difference('один два три', 'один пять три')).toBe('в документе «пять» вместо «два»');
    expect(difference('abc', 'abcd')).toBe('в документе «d» вместо (пусто)');
  });
});
