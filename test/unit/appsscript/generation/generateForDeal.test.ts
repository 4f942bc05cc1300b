import { generateForDeal } from '../../../../appsscript/generation/generateForDeal';
import type { GenerationOutcome } from '../../../../appsscript/generation/generationTypes';
import { decodeBarcodes } from '../../../helpers/zxing';
import { generationHarness, registeredRow } from '../support/generationHarness';

/** Documents print numbers with no-break spaces; the assertions read them as plain spaces. */
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

function generated(result: ReturnType<typeof generateForDeal>): GenerationOutcome {
  if (result.status === 'error') throw new Error(`${result.type}: ${result.detail}`);
  return result.response;
}

describe('generateForDeal: a deal becomes its documents', () => {
  it('makes the contracts, the appendix and the invoice of a websites deal, in the client’s folder', () => {
    const h = generationHarness();
    const outcome = generated(generateForDeal(h.deps, '2', 'robot'));
    expect(outcome.status).toBe('generated');
    expect(outcome.documents.map((d) => [d.registryNumber, d.kind, `${d.template.key}@${d.template.version}`])).toEqual([
      ['C-2026-00001', 'contract', 'contract.development.website@1'],
      ['C-2026-00001.P001', 'appendix', 'appendix.technical-assignment@1'],
      ['C-2026-00002', 'contract', 'contract.support.website@1'],
      ['I-2026-00001', 'invoice', 'invoice@1'],
    ]);
    const live = h.drive.liveDocuments().filter((item) => h.drive.pathOf(item.id).startsWith('Docflow/Документы'));
    expect(live.map((item) => h.drive.pathOf(item.id))).toEqual([
      'Docflow/Документы/2026/АО «Уральские технологии»/Договор №\u00a02026-00001 — АО «Уральские технологии»',
      'Docflow/Документы/2026/АО «Уральские технологии»/Приложение №\u00a01 к Договору №\u00a02026-00001 — АО «Уральские технологии»',
      'Docflow/Документы/2026/АО «Уральские технологии»/Договор №\u00a02026-00002 — АО «Уральские технологии»',
      'Docflow/Документы/2026/АО «Уральские технологии»/Счёт на оплату №\u00a02026-00001 — АО «Уральские технологии»',
    ]);
  });

  it('fills each document with its own rows, parties and totals', () => {
    const h = generationHarness();
    const outcome = generated(generateForDeal(h.deps, '2', 'robot'));
    const [development, , support, invoice] = outcome.documents.map((d) => plain(h.docs.text(d.documentId)));
    expect(development).toContain('Договор № 2026-00001');
    expect(development).toContain('Общество с ограниченной ответственностью «Интеграция Плюс» и Акционерное общество «Уральские технологии»');
    expect(development).toContain('1\tРазработка корпоративного сайта на 1С-Битрикс «под ключ»\t420 000,00');
    expect(development).not.toContain('Техподдержка сайта');
    expect(support).toContain('1\tТехподдержка сайта, пакет 5 ч в месяц\t84 000,00');
    expect(invoice).toContain('2\tТехподдержка сайта, пакет 5 ч в месяц\t84 000,00');
    expect(invoice).toContain('Итого:\t\t504 000,00');
    expect(invoice).toContain('Пятьсот четыре тысячи рублей 00 копеек');
  });

  it('registers every document as a draft in one write, with its barcode payload, template version and link', () => {
    const h = generationHarness();
    const outcome = generated(generateForDeal(h.deps, '2', 'robot'));
    expect(h.book.calls.filter((call) => call.startsWith('appendRows'))).toEqual(['appendRows:Документы']);
    const rows = h.documents();
    expect(rows.map((row) => row.registryNumber)).toEqual(outcome.documents.map((d) => d.registryNumber));
    const appendix = rows[1];
    expect(appendix).toMatchObject({
      kind: 'appendix',
      parentContractNumber: 'C-2026-00001',
      dealId: '2',
      clientId: '3',
      clientName: 'АО «Уральские технологии»',
      manager: 'manager@docflow.test',
      template: { key: 'appendix.technical-assignment', version: 1 },
      status: 'draft',
      barcodePayload: outcome.documents[1]?.barcodePayload,
      createdAt: '2026-11-29T09:00:00.000Z',
    });
    expect(appendix?.docUrl).toBe(`https://docs.google.com/document/d/${appendix?.driveFileId}/edit`);
  });

  it('records in each register row why its template was chosen, as the catalogue said it', () => {
    const h = generationHarness();
    const outcome = generated(generateForDeal(h.deps, '2', 'robot'));
    const rows = h.documents();
    expect(rows.map((row) => row.templateReasons)).toEqual(outcome.documents.map((document) => document.reasons));
    expect(rows[0]?.templateReasons).toEqual(['Товары раздела «Сайты / Разработка» → договор на разработку сайта']);
    for (const row of rows) expect(row.templateReasons?.length).toBeGreaterThan(0);
    // A repeated call answers from the register, with the recorded reasons.
    const again = generated(generateForDeal(h.deps, '2', 'robot'));
    expect(again.status).toBe('already_generated');
    expect(again.documents.map((document) => document.reasons)).toEqual(outcome.documents.map((document) => document.reasons));
  });

  it('puts a Code 128 image of the registered payload in every document', async () => {
    const h = generationHarness();
    const outcome = generated(generateForDeal(h.deps, '2', 'robot'));
    expect(h.header.images.map((image) => image.documentId)).toEqual(outcome.documents.map((d) => d.documentId));
    for (const [index, image] of h.header.images.entries()) {
      expect(await decodeBarcodes(image.png)).toEqual([h.documents()[index]?.barcodePayload]);
    }
  });

  it('uses two Bitrix24 requests: one batch to read, one to write the links and the log message', () => {
    const h = generationHarness();
    const outcome = generated(generateForDeal(h.deps, '2', 'robot'));
    expect(h.rest.requestCount).toBe(2);
    const [comment, log] = h.rest.timeline;
    expect(comment?.method).toBe('crm.timeline.comment.add');
    expect(comment?.fields['ENTITY_ID']).toBe('2');
    for (const document of outcome.documents) expect(String(comment?.fields['COMMENT'])).toContain(`[URL=${document.url}]${document.title}[/URL]`);
    expect(log?.method).toBe('crm.timeline.logmessage.add');
    expect(String(log?.fields['text'])).toContain('шаблон «Договор на разработку сайта» (contract.development.website@1)');
    expect(String(log?.fields['text'])).toContain('Товары раздела «Сайты / Разработка»');
  });

  it('gives the responsible manager edit access to each draft', () => {
    const h = generationHarness();
    const outcome = generated(generateForDeal(h.deps, '2', 'robot'));
    expect(h.drive.shares).toEqual(outcome.documents.map((d) => ({ fileId: d.documentId, email: 'manager@docflow.test', role: 'writer' })));
  });

  it('continues the register’s numbering: contracts and framework contracts share a series, invoices have their own, each per year', () => {
    const h = generationHarness();
    h.register([
      registeredRow({ registryNumber: 'C-2026-00001', kind: 'contract' }),
      registeredRow({ registryNumber: 'F-2026-00002', kind: 'framework_contract', clientId: '9', template: { key: 'contract.framework', version: 1 } }),
      registeredRow({ registryNumber: 'C-2026-00003', kind: 'contract', status: 'annulled' }),
      registeredRow({ registryNumber: 'C-2025-00044', kind: 'contract' }),
      registeredRow({ registryNumber: 'I-2026-00001', kind: 'invoice', template: { key: 'invoice', version: 1 } }),
      registeredRow({ registryNumber: 'I-2026-00002', kind: 'invoice', template: { key: 'invoice', version: 1 } }),
    ]);
    const outcome = generated(generateForDeal(h.deps, '3', 'manual'));
    expect(outcome.documents.map((d) => d.registryNumber)).toEqual([
      'C-2026-00004',
      'C-2026-00005',
      'C-2026-00005.P001',
      'C-2026-00006',
      'I-2026-00003',
    ]);
  });
});

describe('generateForDeal: annexes under the client’s contracts', () => {
  it('issues numbered specifications under an active framework contract instead of new contracts', () => {
    const h = generationHarness();
    h.register([
      registeredRow({
        registryNumber: 'F-2026-00001',
        kind: 'framework_contract',
        clientId: '2',
        clientName: 'ООО «СеверСтрой»',
        template: { key: 'contract.framework', version: 1 },
        status: 'returned',
        createdAt: '2026-02-17T09:00:00.000Z',
      }),
      registeredRow({ registryNumber: 'F-2026-00001.S001', kind: 'specification', clientId: '2', parentContractNumber: 'F-2026-00001', template: { key: 'spec.framework', version: 1 } }),
    ]);
    const outcome = generated(generateForDeal(h.deps, '1', 'robot'));
    expect(outcome.documents.map((d) => [d.registryNumber, d.parentContractNumber])).toEqual([
      ['F-2026-00001.S002', 'F-2026-00001'],
      ['F-2026-00001.S003', 'F-2026-00001'],
      ['I-2026-00001', null],
    ]);
    expect(outcome.documents[0]?.reasons.join(' ')).toMatch(/рамочный договор/);
    expect(h.docs.text(outcome.documents[0]?.documentId ?? '')).toContain('Спецификация №\u00a02 к Рамочному договору №\u00a02026-00001');
  });

  it('issues a supplementary agreement to the client’s active support contract', () => {
    const h = generationHarness();
    h.register([
      registeredRow({
        registryNumber: 'C-2026-00001',
        kind: 'contract',
        clientId: '5',
        clientName: 'ООО «Вектор»',
        template: { key: 'contract.support.website', version: 1 },
        status: 'returned',
      }),
    ]);
    // Deal 5's client has no postal address; give it one so only the planning is under test.
    h.rest.seed.addresses.push({ TYPE_ID: 8, ENTITY_TYPE_ID: 8, ENTITY_ID: 5, ADDRESS_1: 'ул. Ленина, д. 1', CITY: 'Новосибирск', POSTAL_CODE: '630000', COUNTRY: 'Россия' });
    const outcome = generated(generateForDeal(h.deps, '5', 'robot'));
    expect(outcome.documents.map((d) => [d.registryNumber, d.kind])).toEqual([
      ['C-2026-00001.D001', 'supplementary_agreement'],
      ['I-2026-00001', 'invoice'],
    ]);
  });
});

describe('generateForDeal: idempotent', () => {
  it('makes nothing new when the same robot call comes again, and tells Bitrix24 nothing', () => {
    const h = generationHarness();
    const first = generated(generateForDeal(h.deps, '2', 'robot'));
    const requestsBefore = h.rest.requestCount;
    const second = generated(generateForDeal(h.deps, '2', 'robot'));
    expect(second.status).toBe('already_generated');
    expect(second.documents.map((d) => d.registryNumber)).toEqual(first.documents.map((d) => d.registryNumber));
    expect(second.documents.map((d) => d.documentId)).toEqual(first.documents.map((d) => d.documentId));
    expect(h.documents()).toHaveLength(4);
    expect(h.rest.requestCount - requestsBefore).toBe(1);
    expect(h.rest.timeline).toHaveLength(2);
  });

  it('turns the deal-update echo into nothing once the set exists', () => {
    const h = generationHarness();
    expect(generated(generateForDeal(h.deps, '2', 'event')).status).toBe('generated');
    expect(generated(generateForDeal(h.deps, '2', 'event')).status).toBe('already_generated');
    expect(h.documents()).toHaveLength(4);
  });

  it.each(['event', 'robot'] as const)('ignores a %s for a deal outside the generate stage without taking the lock', (trigger) => {
    const h = generationHarness();
    const deal = h.rest.seed.deals.find((d) => d['ID'] === 2);
    if (deal !== undefined) deal['STAGE_ID'] = 'DOCS_REVIEW';
    const outcome = generated(generateForDeal(h.deps, '2', trigger));
    expect(outcome).toEqual({ dealId: '2', status: 'ignored', documents: [], warnings: [] });
    expect(h.lock.taken).toBe(0);
    expect(h.rest.requestCount).toBe(1);
    expect(h.rest.timeline).toHaveLength(0);
  });

  it('generates on a person’s request whatever the stage', () => {
    const h = generationHarness();
    const deal = h.rest.seed.deals.find((d) => d['ID'] === 2);
    if (deal !== undefined) deal['STAGE_ID'] = 'NEW';
    expect(generated(generateForDeal(h.deps, '2', 'manual')).status).toBe('generated');
  });

  it('makes a new set when a template version changes, keeping the old one registered', () => {
    const h = generationHarness();
    generated(generateForDeal(h.deps, '4', 'robot'));
    const templates = h.book.sheets.get('Шаблоны') ?? [];
    for (const row of templates.slice(1)) if (row[0] === 'invoice') row[3] = 2;
    const again = generated(generateForDeal(h.deps, '4', 'robot'));
    expect(again.status).toBe('generated');
    expect(again.documents.map((d) => `${d.template.key}@${d.template.version}`)).toContain('invoice@2');
  });

  it('holds the script lock from reading the register to writing it', () => {
    const h = generationHarness();
    const heldDuring: boolean[] = [];
    const append = h.book.appendRows.bind(h.book);
    const read = h.book.readRows.bind(h.book);
    h.book.appendRows = (name, rows) => {
      heldDuring.push(h.lock.held);
      append(name, rows);
    };
    h.book.readRows = (name) => {
      if (name === 'Документы') heldDuring.push(h.lock.held);
      return read(name);
    };
    generated(generateForDeal(h.deps, '2', 'robot'));
    expect(heldDuring).toEqual([true, true]);
    expect(h.lock.held).toBe(false);
  });
});
