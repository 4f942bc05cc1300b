import { contractCard } from '../../../appsscript/card/contractCard';
import type { ContractCard } from '../../../appsscript/card/cardTypes';
import { decodeBarcodes } from '../../helpers/zxing';
import {
  APPENDIX,
  CONTRACT,
  context,
  dealFacts,
  dealSet,
  documentRow,
  INVOICE,
  onApproval,
  payloadOf,
  PEOPLE,
  ports,
  type PortsOptions,
  UNREACHABLE_BITRIX,
} from './support/cardFixtures';

function cardOf(ref: unknown, options: PortsOptions = {}): ContractCard {
  const card = contractCard(ports(options), ref);
  if (card.status === 'error') throw new Error(card.detail);
  return card.response;
}

describe('contractCard: the card of a generated contract', () => {
  it('shows the number, kind, Russian status, client, manager and the document link', () => {
    const card = cardOf(CONTRACT);
    expect(card).toMatchObject({
      number: CONTRACT,
      title: 'Договор №\u00a02026-00042 — ООО «Ромашка»',
      kind: 'contract',
      kindTitle: 'Договор',
      status: 'draft',
      statusTitle: 'Черновик',
      client: { id: '12', name: 'ООО «Ромашка»' },
      manager: PEOPLE.manager,
      docUrl: `https://docs.google.com/document/d/file-${CONTRACT}/edit`,
      pdfUrl: null,
      viewer: PEOPLE.manager,
    });
  });

  it('draws the barcode the header carries: the PNG decodes to the registered payload', async () => {
    const card = cardOf(CONTRACT);
    expect(card.barcode.payload).toBe(payloadOf(CONTRACT));
    expect(card.barcode.image).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    const png = Buffer.from((card.barcode.image ?? '').split(',')[1] ?? '', 'base64');
    expect(await decodeBarcodes(png)).toEqual([payloadOf(CONTRACT)]);
  });

  it('names the template with its version and says why it was chosen', () => {
    const { template } = cardOf(CONTRACT);
    expect(template.ref).toBe('contract.implementation.bitrix24@2');
    expect(template.title).toEqual(expect.any(String));
    expect(template.reasons).toEqual(['Товары раздела «Битрикс24 / Внедрение» → договор на внедрение «Битрикс24»']);
    expect(template.reasonsNote).toBeNull();
  });

  it('links the deal in the portal the webhook belongs to, with its Bitrix24 title', () => {
    expect(cardOf(CONTRACT).deal).toEqual({ id: '7', title: 'Внедрение CRM для Ромашки', url: 'https://romashka.bitrix24.ru/crm/deal/details/7/' });
  });

  it('lists the appendices with their own statuses, and the invoice among the deal\'s other documents', () => {
    const rows = dealSet().map((row) => (row.registryNumber === APPENDIX ? { ...row, status: 'client_review' as const } : row));
    const card = cardOf(CONTRACT, { rows });
    expect(card.appendices).toEqual([
      {
        number: APPENDIX,
        title: 'Приложение №\u00a01 к Договору №\u00a02026-00042',
        kindTitle: 'Приложение',
        status: 'client_review',
        statusTitle: 'На согласовании у клиента',
        docUrl: `https://docs.google.com/document/d/file-${APPENDIX}/edit`,
      },
    ]);
    expect(card.dealDocuments.map((document) => document.number)).toEqual([INVOICE]);
    expect(card.parent).toBeNull();
  });

  it('an appendix\'s card names its contract and does not list it again among the deal\'s documents', () => {
    const card = cardOf(APPENDIX);
    expect(card.parent).toMatchObject({ number: CONTRACT, title: 'Договор №\u00a02026-00042', statusTitle: 'Черновик' });
    expect(card.dealDocuments.map((document) => document.number)).toEqual([INVOICE]);
    expect(card.appendices).toEqual([]);
    expect(card.template.reasons).toEqual([expect.stringContaining('заключается вместе с приложением № 1')]);
  });

  it('shows the route a draft will take, with who holds each role, and nobody "next" yet', () => {
    const card = cardOf(CONTRACT);
    expect(card.approval).toEqual({
      round: 0,
      steps: [
        { role: 'manager', roleTitle: 'Менеджер', people: [PEOPLE.manager], state: 'planned', decision: null },
        { role: 'lawyer', roleTitle: 'Юрист', people: [PEOPLE.lawyer], state: 'planned', decision: null },
        { role: 'director', roleTitle: 'Директор', people: [PEOPLE.director], state: 'planned', decision: null },
      ],
    });
    expect(card.nextApprover).toBeNull();
  });

  it('an appendix takes the technical route (with the technical director)', () => {
    expect(cardOf(APPENDIX).approval?.steps.map((step) => step.role)).toEqual(['manager', 'lawyer', 'technical_director', 'director']);
  });

  it('an invoice has no approval route', () => {
    expect(cardOf(INVOICE).approval).toBeNull();
  });

  it('on internal approval: the decisions taken, the step waiting, and who must approve next', () => {
    const rows = dealSet().map((row) => (row.registryNumber === CONTRACT ? { ...row, status: 'internal_approval' as const } : row));
    const history = onApproval(CONTRACT, [{ role: 'manager', approver: PEOPLE.manager, decision: 'approved', comment: 'цены согласованы' }]);
    const card = cardOf(CONTRACT, { rows, ...history, viewer: PEOPLE.lawyer });
    expect(card.approval?.round).toBe(1);
    expect(card.approval?.steps.map((step) => step.state)).toEqual(['approved', 'current', 'planned']);
    expect(card.approval?.steps[0]?.decision).toEqual({ outcome: 'approved', by: PEOPLE.manager, at: '2026-11-23T09:00:00.000Z', comment: 'цены согласованы' });
    expect(card.nextApprover).toEqual({ role: 'lawyer', roleTitle: 'Юрист', people: [PEOPLE.lawyer] });
  });

  it('after a rejection: back with the client, with the lawyer\'s comment for the manager', () => {
    const rows = dealSet().map((row) => (row.registryNumber === CONTRACT ? { ...row, status: 'client_review' as const } : row));
    const history = onApproval(CONTRACT, [
      { role: 'manager', approver: PEOPLE.manager, decision: 'approved', comment: null },
      { role: 'lawyer', approver: PEOPLE.lawyer, decision: 'rejected', comment: 'уберите пункт 7.3' },
    ]);
    const card = cardOf(CONTRACT, { rows, ...history });
    expect(card.lastRejection).toEqual({ roleTitle: 'Юрист', by: PEOPLE.lawyer, at: '2026-11-24T09:00:00.000Z', comment: 'уберите пункт 7.3' });
    expect(card.nextApprover).toBeNull();
    expect(card.approval?.steps.map((step) => step.state)).toEqual(['approved', 'rejected', 'planned']);
  });

  it('an annulled contract names its reason and its replacement; the replacement says what it replaced', () => {
    const replacement = documentRow('C-2026-00050', { createdAt: '2026-11-25T09:00:00.000Z', statusSince: '2026-11-25T09:00:00.000Z' });
    const rows = [
      documentRow(CONTRACT, { status: 'annulled', annulledReason: 'неверные реквизиты', replacementNumber: 'C-2026-00050' }),
      documentRow(APPENDIX),
      documentRow(INVOICE),
      replacement,
    ];
    const annulled = cardOf(CONTRACT, { rows });
    expect(annulled.annulment).toEqual({ reason: 'неверные реквизиты', replacement: expect.objectContaining({ number: 'C-2026-00050', statusTitle: 'Черновик' }) });
    const fresh = cardOf('C-2026-00050', { rows });
    expect(fresh.replaces).toMatchObject({ number: CONTRACT, statusTitle: 'Аннулирован' });
    expect(fresh.template.reasons[0]).toBe(`Создан взамен аннулированного документа № ${CONTRACT}: неверные реквизиты.`);
  });

  it('opens the card of the Doc the sidebar is in, and of the row selected in the register', () => {
    expect(cardOf(null, { context: context(`file-${APPENDIX}`) }).number).toBe(APPENDIX);
    expect(cardOf(undefined, { context: context(null, { sheetName: 'Документы', row: 4 }) }).number).toBe(INVOICE);
  });

  it('still shows the card when Bitrix24 is unreachable: no deal title, and a note instead of the reasons', () => {
    const card = cardOf(CONTRACT, { deals: UNREACHABLE_BITRIX });
    expect(card.deal.title).toBeNull();
    expect(card.deal.url).toBe('https://romashka.bitrix24.ru/crm/deal/details/7/');
    expect(card.template.reasons).toEqual([]);
    expect(card.template.reasonsNote).toBe('Причины выбора шаблона не восстановлены: сделка 7 не прочитана из Битрикс24.');
    expect(card.statusTitle).toBe('Черновик');
  });

  it('says so instead of giving wrong reasons when the deal\'s products changed since generation', () => {
    const card = cardOf(CONTRACT, { deals: dealFacts([{ productId: '40', name: 'Лицензия 1С', sectionName: '1С / Лицензии', quantity: 1, price: 9000, currency: 'RUB' }]) });
    expect(card.template.reasons).toEqual([]);
    expect(card.template.reasonsNote).toMatch(/товары сделки изменились/);
  });

  it('shows the reasons generation recorded in the register, even after the deal\'s products changed or with Bitrix24 down', () => {
    const recorded = ['Товары раздела «Битрикс24 / Внедрение» → договор на внедрение «Битрикс24»', 'Записано при формировании'];
    const rows = [documentRow(CONTRACT, { templateReasons: recorded }), ...dealSet().slice(1)];
    const changed = dealFacts([{ productId: '40', name: 'Лицензия 1С', sectionName: '1С / Лицензии', quantity: 1, price: 9000, currency: 'RUB' }]);
    for (const deals of [changed, UNREACHABLE_BITRIX]) {
      const card = cardOf(CONTRACT, { rows, deals });
      expect(card.template.reasons).toEqual(recorded);
      expect(card.template.reasonsNote).toBeNull();
    }
  });

  it('works the reasons out again only for a row written before the register recorded them (no reasons, or an empty list)', () => {
    for (const templateReasons of [undefined, []]) {
      const rows = [documentRow(CONTRACT, { templateReasons }), ...dealSet().slice(1)];
      expect(cardOf(CONTRACT, { rows }).template.reasons).toEqual(['Товары раздела «Битрикс24 / Внедрение» → договор на внедрение «Битрикс24»']);
    }
  });

  it('has no deal link when Docflow is not connected to Bitrix24', () => {
    expect(cardOf(CONTRACT, { webhookUrl: null }).deal.url).toBeNull();
  });

  it('crosses google.script.run intact: plain data, no Date, no function, no undefined', () => {
    const card = cardOf(CONTRACT);
    expect(JSON.parse(JSON.stringify(card))).toEqual(card);
  });
});

describe('contractCard: refusals the sidebar shows in Russian', () => {
  it('an unknown number', () => {
    expect(contractCard(ports(), 'C-2026-00099')).toEqual({
      status: 'error',
      type: 'not_found',
      detail: 'Документ № C-2026-00099 не найден в реестре «Документы». Проверьте номер.',
    });
  });

  it('a malformed reference, before the registers are read', () => {
    let read = false;
    const stub = { ...ports(), registers: () => ((read = true), ports().registers()) };
    expect(contractCard(stub, 'договор 42')).toMatchObject({ status: 'error', type: 'invalid_input' });
    expect(read).toBe(false);
  });

  it('a person Apps Script cannot name', () => {
    expect(contractCard(ports({ viewer: '' }), CONTRACT)).toMatchObject({ status: 'error', type: 'unknown_user', detail: expect.stringContaining('аккаунт Google') });
  });

  it('registers the viewer may not open', () => {
    const detail = 'Нет доступа к таблице реестров Docflow.';
    expect(contractCard(ports({ registersError: { type: 'no_access', detail } }), CONTRACT)).toEqual({ status: 'error', type: 'no_access', detail });
  });
});
