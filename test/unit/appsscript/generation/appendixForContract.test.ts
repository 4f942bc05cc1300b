// «Создать приложение» on a contract card, on in-memory ports: the catalogue first, else the next
// numbered annex to that contract; a press from an out-of-date card makes nothing.
import { generateAppendixForContract, type AppendixRequest } from '../../../../appsscript/generation/generateAppendixForContract';
import { generateForDeal } from '../../../../appsscript/generation/generateForDeal';
import type { GenerationOutcome } from '../../../../appsscript/generation/generationTypes';
import { planNextAnnex } from '../../../../appsscript/generation/planNextAnnex';
import { TEMPLATES_REGISTER } from '../../../../appsscript/registers/templatesRegister';
import type { DealProductRow } from '../../../../shared/catalogue';
import { DOCUMENTS_REGISTER, type DocumentRow } from '../../../../shared/registers';
import { decodeBarcodes } from '../../../helpers/zxing';
import { generationHarness, registeredRow, starterCatalogue, type Harness } from '../support/generationHarness';

const MANAGER = 'manager@docflow.test';
const ROWS: readonly DealProductRow[] = [
  { productId: '6', name: 'Разработка сайта', sectionName: 'Сайты / Разработка', quantity: 1, price: 420000, currency: 'RUB' },
  { productId: '8', name: 'Техподдержка сайта', sectionName: 'Сайты / Техподдержка', quantity: 6, price: 14000, currency: 'RUB' },
];

function contract(key: string, kind: DocumentRow['kind'] = 'contract', fields: Partial<DocumentRow> = {}): DocumentRow {
  const number = kind === 'framework_contract' ? 'F-2026-00001' : 'C-2026-00001';
  return registeredRow({ registryNumber: number, kind, template: { key, version: 1 }, ...fields });
}

function plan(row: DocumentRow, registered: readonly DocumentRow[] = [row], rows: readonly DealProductRow[] = ROWS) {
  return planNextAnnex({ contract: row, rows, registered, catalogue: starterCatalogue(), requestedBy: MANAGER });
}

describe('planNextAnnex: the next annex to one contract', () => {
  it('an implementation or development contract gets the appendix its template comes with, covering every deal row', () => {
    const row = contract('contract.development.website');
    const annex = plan(row, [row, registeredRow({ registryNumber: 'C-2026-00001.P001', kind: 'appendix', parentContractNumber: 'C-2026-00001' })]);
    expect(annex).toMatchObject({
      status: 'success',
      response: {
        templateKey: 'appendix.technical-assignment',
        kind: 'appendix',
        rows: ROWS,
        parent: { source: 'existing', kind: 'contract', registryNumber: 'C-2026-00001', childNumber: 2 },
        lineOfBusiness: 'websites',
      },
    });
    if (annex.status === 'success') {
      expect(annex.response.reasons).toEqual([expect.stringMatching(/^«Создать приложение» в карточке договора № C-2026-00001 \(manager@docflow\.test\): по каталогу новых документов для сделки нет.*позиций: 2/)]);
    }
  });

  it.each([
    ['a framework contract: the next specification', 'contract.framework', 'framework_contract', 'spec.framework', 'specification'],
    ['a support contract: the next supplementary agreement', 'contract.support.website', 'contract', 'supplementary.agreement', 'supplementary_agreement'],
    ['a licence contract: the catalogue\'s appendix', 'contract.licence.1c', 'contract', 'appendix.technical-assignment', 'appendix'],
  ] as const)('%s', (_what, key, kind, templateKey, annexKind) => {
    expect(plan(contract(key, kind))).toMatchObject({ status: 'success', response: { templateKey, kind: annexKind, parent: { childNumber: 1 } } });
  });

  it.each([
    ['an invoice', registeredRow({ registryNumber: 'I-2026-00001', kind: 'invoice', template: { key: 'invoice', version: 1 } }), ROWS, /только к договору/],
    ['an annulled contract', contract('contract.licence.1c', 'contract', { status: 'annulled' }), ROWS, /аннулирован/],
    ['a deal without products', contract('contract.licence.1c'), [], /В сделке нет товаров/],
  ] as const)('refuses %s with a Russian reason', (_what, row, rows, detail) => {
    expect(plan(row, [row], rows)).toMatchObject({ status: 'error', type: 'appendix_not_planned', detail: expect.stringMatching(detail) });
  });
});

function outcome(result: ReturnType<typeof generateAppendixForContract>): GenerationOutcome {
  if (result.status === 'error') throw new Error(`${result.type}: ${result.detail}`);
  return result.response;
}

/** Deal 2 generated: development contract C-2026-00001 with its appendix P001, support contract, invoice. */
function generatedDeal(): Harness {
  const h = generationHarness();
  const first = generateForDeal(h.deps, '2', 'robot');
  if (first.status === 'error') throw new Error(first.detail);
  return h;
}

const press = (h: Harness, seen: number, contractNumber = 'C-2026-00001'): ReturnType<typeof generateAppendixForContract> =>
  generateAppendixForContract(h.deps, { contractNumber, dealId: '2', seenDealDocuments: seen, requestedBy: MANAGER } satisfies AppendixRequest);

describe('generateAppendixForContract', () => {
  it('makes the next numbered appendix to this contract when the catalogue has nothing new, registered with its reasons', async () => {
    const h = generatedDeal();
    h.rest.timeline.length = 0;
    const made = outcome(press(h, 4));
    expect(made.status).toBe('generated');
    expect(made.documents.map((document) => [document.registryNumber, document.title, document.template.key])).toEqual([
      ['C-2026-00001.P002', 'Приложение №\u00a02 к Договору №\u00a02026-00001', 'appendix.technical-assignment'],
    ]);
    const row = h.documents().at(-1);
    expect(row).toMatchObject({ registryNumber: 'C-2026-00001.P002', parentContractNumber: 'C-2026-00001', dealId: '2', status: 'draft', manager: MANAGER });
    expect(row?.templateReasons?.[0]).toContain('«Создать приложение» в карточке договора № C-2026-00001');
    // Every deal row is printed, as generation fills it: the development and the support rows.
    const text = h.docs.text(made.documents[0]?.documentId ?? '');
    expect(text).toContain('Разработка корпоративного сайта');
    expect(text).toContain('Техподдержка сайта');
    expect(await decodeBarcodes(h.header.images.at(-1)?.png ?? new Uint8Array())).toEqual([row?.barcodePayload]);
    // The deal hears of it like of any generation: links and the log message.
    expect(h.rest.timeline.map((entry) => entry.method)).toEqual(['crm.timeline.comment.add', 'crm.timeline.logmessage.add']);
  });

  it('a second press from the same card makes nothing and answers with the first press\'s appendix; a press from the refreshed card makes № 3', () => {
    const h = generatedDeal();
    const first = outcome(press(h, 4));
    const again = outcome(press(h, 4));
    expect(again).toMatchObject({ status: 'already_generated', documents: [{ registryNumber: first.documents[0]?.registryNumber }] });
    expect(h.documents()).toHaveLength(5);
    const third = outcome(press(h, 5));
    expect(third.documents.map((document) => document.registryNumber)).toEqual(['C-2026-00001.P003']);
    expect(h.documents()).toHaveLength(6);
  });

  it('answers to the catalogue first: a newly published template version makes the deal\'s new set, not an appendix', () => {
    const h = generatedDeal();
    const templates = h.book.sheets.get(TEMPLATES_REGISTER.sheetName) ?? [];
    const invoice = templates.find((row) => row[0] === 'invoice');
    if (invoice === undefined) throw new Error('no invoice template row');
    templates.push(invoice.map((cell, index) => (index === 3 ? 2 : cell)));
    invoice[5] = 'В архиве';
    const made = outcome(press(h, 4));
    expect(made.status).toBe('generated');
    expect(made.documents.map((document) => `${document.template.key}@${document.template.version}`)).toContain('invoice@2');
    expect(made.documents.some((document) => document.registryNumber.startsWith('C-2026-00001.P'))).toBe(false);
  });

  it('refuses a contract annulled after the card was shown (checked again under the lock): nothing made, not even by the catalogue', () => {
    const h = generatedDeal();
    const sheet = h.book.sheets.get(DOCUMENTS_REGISTER.sheetName) ?? [];
    const statusColumn = DOCUMENTS_REGISTER.headers.indexOf('Статус');
    const row = sheet.find((cells) => cells[0] === 'C-2026-00001');
    if (row === undefined) throw new Error('no contract row');
    row[statusColumn] = 'Аннулирован';
    // A newly published invoice version would make the catalogue generate a new set.
    const templates = h.book.sheets.get(TEMPLATES_REGISTER.sheetName) ?? [];
    const invoice = templates.find((cells) => cells[0] === 'invoice');
    if (invoice === undefined) throw new Error('no invoice template row');
    templates.push(invoice.map((cell, index) => (index === 3 ? 2 : cell)));
    invoice[5] = 'В архиве';
    expect(press(h, 4)).toMatchObject({ status: 'error', type: 'appendix_not_planned', detail: expect.stringContaining('аннулирован') });
    expect(h.documents()).toHaveLength(4);
  });

  it('refuses a contract that is not the deal\'s, and takes the lock like generation', () => {
    const h = generatedDeal();
    const taken = h.lock.taken;
    expect(press(h, 4, 'C-2026-00077')).toMatchObject({ status: 'error', type: 'appendix_not_planned', detail: expect.stringContaining('C-2026-00077') });
    expect(h.lock.taken).toBe(taken + 1);
    h.lock.heldElsewhere = true;
    expect(press(h, 4)).toMatchObject({ status: 'error', type: 'busy' });
    expect(h.documents()).toHaveLength(4);
  });
});
