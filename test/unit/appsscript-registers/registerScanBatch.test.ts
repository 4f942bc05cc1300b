import { AUDIT_REGISTER } from '../../../appsscript/audit/auditRegister';
import { PENDING_DEALS_KEY } from '../../../appsscript/correspondence/pendingDeals';
import { registerScanBatch } from '../../../appsscript/correspondence/registerScanBatch';
import { PROTOCOL_VERSION, type ScanEvent, type ScanEventBatch, type ScanMode } from '../../../shared/protocol';
import { CORRESPONDENCE_REGISTER, DOCUMENTS_REGISTER, type DocumentRow } from '../../../shared/registers';
import { demoBitrix } from './helpers/bitrixDemo';
import { documentRow, MANAGER, payloadOf, registerBook, statusOf, testDeps } from './helpers/fixtures';

let sequence = 0;

function scan(payload: string, mode: ScanMode, extra: Partial<ScanEvent> = {}): ScanEvent {
  sequence += 1;
  return {
    sequence,
    eventKey: `kiosk-1:${sequence}`,
    payload,
    mode,
    desk: 'Ресепшн',
    operator: 'Смирнова Е. И.',
    scannedAt: '2026-03-10T08:59:00.000Z',
    ...extra,
  };
}

function batch(...events: ScanEvent[]): ScanEventBatch {
  return { type: 'scan_event_batch', version: PROTOCOL_VERSION, bridgeId: 'kiosk-1', events };
}

function correspondence(sheets: ReturnType<typeof registerBook>): unknown[][] {
  return sheets.rows(CORRESPONDENCE_REGISTER.sheetName).slice(1);
}

function ack(result: ReturnType<typeof registerScanBatch>) {
  if (result.status === 'error') throw new Error(result.detail);
  return result.response;
}

const contract = (status: DocumentRow['status'], extra: Partial<DocumentRow> = {}): DocumentRow => documentRow('C-2026-00001', { status, ...extra });
const invoice = (status: DocumentRow['status']): DocumentRow => documentRow('I-2026-00001', { status });

describe('registerScanBatch — outgoing', () => {
  it('registers a printed document as sent: one Correspondence row with the label address, the status cells, the audit', () => {
    const sheets = registerBook([contract('printed'), invoice('printed')]);
    const { bitrix, comments } = demoBitrix();
    const deps = testDeps(sheets, bitrix);
    const events = [scan(payloadOf('C-2026-00001'), 'outgoing', { envelopeId: 'RA123456789RU' }), scan(payloadOf('I-2026-00001'), 'outgoing')];
    sheets.resetCalls();
    const answer = ack(registerScanBatch(batch(...events), deps));

    expect(answer.accepted).toEqual(events.map((event) => event.eventKey));
    expect(answer.rejected).toEqual([]);
    expect(answer.deals).toBeUndefined();
    expect(sheets.count(`append:${CORRESPONDENCE_REGISTER.sheetName}`)).toBe(1);
    const rows = correspondence(sheets).map((row) => CORRESPONDENCE_REGISTER.parse(row));
    expect(rows.map((row) => row.status)).toEqual(['success', 'success']);
    const first = rows[0]?.status === 'success' ? rows[0].response : undefined;
    expect(first).toMatchObject({
      eventKey: events[0]?.eventKey,
      direction: 'outgoing',
      documentNumber: 'C-2026-00001',
      kind: 'contract',
      dealId: '7',
      clientName: 'ООО «СеверСтрой»',
      envelopeId: 'RA123456789RU',
      desk: 'Ресепшн',
      operator: 'Смирнова Е. И.',
      scannedAt: '2026-03-10T08:59:00.000Z',
      registeredAt: '2026-03-10T09:00:00.000Z',
    });
    // The postal address (TYPE_ID 8), not the legal one.
    expect(first?.address).toContain('196084');
    expect(statusOf(sheets, 'C-2026-00001')).toBe('sent');
    expect(statusOf(sheets, 'I-2026-00001')).toBe('sent');
    expect(sheets.rows(AUDIT_REGISTER.sheetName)).toHaveLength(3);
    expect(comments.map((comment) => comment.text).join('\n')).toMatch(/C-2026-00001: Документ отправлен клиенту, почтовый идентификатор RA123456789RU/);
  });

  it('writes the bridge’s envelope number into «Конверт»; it is not taken for a postal tracking id', () => {
    const sheets = registerBook([contract('printed'), invoice('printed')]);
    const { bitrix, comments } = demoBitrix();
    const events = [
      scan(payloadOf('C-2026-00001'), 'outgoing', { envelopeNumber: 'kiosk-1-000042' }),
      scan(payloadOf('I-2026-00001'), 'outgoing', { envelopeNumber: 'kiosk-1-000042' }),
    ];
    ack(registerScanBatch(batch(...events), testDeps(sheets, bitrix)));
    const rows = correspondence(sheets).map((row) => CORRESPONDENCE_REGISTER.parse(row));
    expect(rows.map((row) => (row.status === 'success' ? row.response.envelopeId : row.detail))).toEqual(['kiosk-1-000042', 'kiosk-1-000042']);
    expect(comments.map((comment) => comment.text).join('\n')).not.toMatch(/почтовый идентификатор/);
  });

  it('takes an approved document scanned out as printed first (print_done, then register_sent)', () => {
    const sheets = registerBook([contract('approved')]);
    const deps = testDeps(sheets, demoBitrix().bitrix);
    const answer = ack(registerScanBatch(batch(scan(payloadOf('C-2026-00001'), 'outgoing')), deps));
    expect(answer.accepted).toHaveLength(1);
    expect(statusOf(sheets, 'C-2026-00001')).toBe('sent');
    const audit = sheets.rows(AUDIT_REGISTER.sheetName).slice(1).map((row) => AUDIT_REGISTER.parse(row));
    expect(audit.map((row) => (row.status === 'success' ? `${row.response.from}→${row.response.to}` : row.detail))).toEqual(['approved→printed', 'printed→sent']);
  });

  it('makes the audit journal with its header when it does not exist yet', () => {
    const sheets = registerBook([contract('printed')]);
    sheets.sheets.delete(AUDIT_REGISTER.sheetName);
    ack(registerScanBatch(batch(scan(payloadOf('C-2026-00001'), 'outgoing')), testDeps(sheets, demoBitrix().bitrix)));
    const journal = sheets.rows(AUDIT_REGISTER.sheetName);
    expect(journal[0]).toEqual([...AUDIT_REGISTER.headers]);
    expect(journal).toHaveLength(2);
  });

  it('acknowledges a resent key again and writes nothing twice', () => {
    const sheets = registerBook([contract('printed')]);
    const deps = testDeps(sheets, demoBitrix().bitrix);
    const event = scan(payloadOf('C-2026-00001'), 'outgoing');
    ack(registerScanBatch(batch(event), deps));
    const before = JSON.stringify(sheets.rows(DOCUMENTS_REGISTER.sheetName));
    sheets.resetCalls();
    const again = ack(registerScanBatch(batch(event), deps));
    expect(again).toEqual({ type: 'scan_event_ack', version: PROTOCOL_VERSION, accepted: [event.eventKey], rejected: [] });
    expect(correspondence(sheets)).toHaveLength(1);
    expect(JSON.stringify(sheets.rows(DOCUMENTS_REGISTER.sheetName))).toBe(before);
    expect(sheets.count('append')).toBe(0);
    expect(sheets.count('write')).toBe(0);
  });

  it('refuses a document already sent as the wrong mode, and nothing is written', () => {
    const sheets = registerBook([contract('sent')]);
    const deps = testDeps(sheets, demoBitrix().bitrix);
    const event = scan(payloadOf('C-2026-00001'), 'outgoing');
    const answer = ack(registerScanBatch(batch(event), deps));
    expect(answer.accepted).toEqual([]);
    expect(answer.rejected).toEqual([{ eventKey: event.eventKey, reason: 'wrong_mode', detail: expect.stringMatching(/Входящие/) }]);
    expect(correspondence(sheets)).toHaveLength(0);
  });

  it('refuses a draft (the lifecycle says why)', () => {
    const sheets = registerBook([contract('draft')]);
    const event = scan(payloadOf('C-2026-00001'), 'outgoing');
    const answer = ack(registerScanBatch(batch(event), testDeps(sheets, demoBitrix().bitrix)));
    expect(answer.rejected[0]).toMatchObject({ reason: 'not_allowed_in_status', detail: expect.stringMatching(/Черновик/) });
  });
});

describe('registerScanBatch — bad scans', () => {
  it.each([
    ['a foreign code (EAN-13)', '4601234567893', 'invalid_payload', /не штрихкод Docflow/],
    ['a misread check character', 'DFC2600001X', 'invalid_payload', /Контрольный символ/],
    ['a scan typed in the Russian layout', 'ВАС2600001Л', 'invalid_payload', /раскладке/],
    ['an unknown number', payloadOf('C-2026-00999'), 'unknown_document', /C-2026-00999 нет в реестре/],
  ])('rejects %s with a reason and writes nothing', (_name, payload, reason, detail) => {
    const sheets = registerBook([contract('printed')]);
    const deps = testDeps(sheets, demoBitrix().bitrix);
    const event = scan(payload, 'outgoing');
    const before = JSON.stringify([...sheets.sheets]);
    const answer = ack(registerScanBatch(batch(event), deps));
    expect(answer.accepted).toEqual([]);
    expect(answer.rejected).toEqual([{ eventKey: event.eventKey, reason, detail: expect.stringMatching(detail) }]);
    expect(JSON.stringify([...sheets.sheets])).toBe(before);
  });

  it('leaves a scan whose document row is broken in the outbox (neither accepted nor rejected)', () => {
    const sheets = registerBook([contract('printed')]);
    const row = sheets.rows(DOCUMENTS_REGISTER.sheetName)[1];
    if (row === undefined) throw new Error('fixture');
    row[DOCUMENTS_REGISTER.fields.indexOf('createdAt')] = 'вчера';
    const event = scan(payloadOf('C-2026-00001'), 'outgoing');
    const answer = ack(registerScanBatch(batch(event), testDeps(sheets, demoBitrix().bitrix)));
    expect(answer).toMatchObject({ accepted: [], rejected: [] });
  });

  it('refuses the whole batch when a register’s columns were moved', () => {
    const sheets = registerBook([contract('printed')]);
    const header = sheets.rows(CORRESPONDENCE_REGISTER.sheetName)[0];
    if (header === undefined) throw new Error('fixture');
    [header[0], header[1]] = [header[1], header[0]];
    const result = registerScanBatch(batch(scan(payloadOf('C-2026-00001'), 'outgoing')), testDeps(sheets, demoBitrix().bitrix));
    expect(result).toMatchObject({ status: 'error', type: 'register_broken' });
  });

  it('answers busy when the register lock cannot be had', () => {
    const sheets = registerBook([contract('printed')]);
    const result = registerScanBatch(batch(scan(payloadOf('C-2026-00001'), 'outgoing')), testDeps(sheets, null, { lockFree: false }));
    expect(result).toMatchObject({ status: 'error', type: 'busy' });
    expect(correspondence(sheets)).toHaveLength(0);
  });
});

describe('registerScanBatch — incoming', () => {
  const papers = (): DocumentRow[] => [
    documentRow('C-2026-00001', { status: 'sent' }),
    documentRow('C-2026-00001.S001', { status: 'sent' }),
    documentRow('I-2026-00001', { status: 'sent' }),
    documentRow('C-2026-00002', { status: 'annulled', dealId: '7' }),
    documentRow('C-2026-00003', { status: 'sent', dealId: '8' }),
  ];

  it('marks a signed copy returned and tells the deal, the deal stays until every awaited copy is back', () => {
    const sheets = registerBook(papers());
    const { bitrix, deals, comments } = demoBitrix();
    const deps = testDeps(sheets, bitrix);
    const answer = ack(registerScanBatch(batch(scan(payloadOf('C-2026-00001'), 'incoming')), deps));
    expect(statusOf(sheets, 'C-2026-00001')).toBe('returned');
    // The ack tells the kiosk where the deal stands: the invoice does not come back, the annulled contract is not awaited.
    expect(answer.deals).toEqual([{ dealId: '7', returned: ['C-2026-00001'], awaiting: ['C-2026-00001.S001'], complete: false }]);
    expect(comments.map((comment) => comment.text).join('\n')).toMatch(/Договор № C-2026-00001: Получен экземпляр, подписанный клиентом/);
    expect(deals.get('7')?.STAGE_ID).toBe('DOCS_SIGNING');
    expect(bitrix.methods()).not.toContain('crm.deal.update');
    expect(deps.sent.map((mail) => mail.to)).toEqual([[MANAGER]]);
  });

  it('moves the deal to its final stage when the last awaited copy returns — two Bitrix24 requests', () => {
    const sheets = registerBook(papers());
    const { bitrix, deals, comments } = demoBitrix();
    const deps = testDeps(sheets, bitrix);
    ack(registerScanBatch(batch(scan(payloadOf('C-2026-00001'), 'incoming')), deps));
    bitrix.batches.length = 0;
    bitrix.requestCount = 0;
    const answer = ack(registerScanBatch(batch(scan(payloadOf('C-2026-00001.S001'), 'incoming')), deps));
    expect(answer.accepted).toHaveLength(1);
    expect(answer.deals).toEqual([{ dealId: '7', returned: ['C-2026-00001.S001'], awaiting: [], complete: true }]);
    expect(deals.get('7')?.STAGE_ID).toBe('WON');
    expect(bitrix.requestCount).toBe(2);
    expect(bitrix.batches[0] && Object.values(bitrix.batches[0]).map((c) => c.method)).toEqual(['crm.deal.get']);
    const last = comments[comments.length - 1]?.text ?? '';
    expect(last).toMatch(/Спецификация № C-2026-00001\.S001: Получен экземпляр/);
    expect(last).toMatch(/Все подписанные экземпляры по сделке получены \(C-2026-00001, C-2026-00001\.S001\)\. Docflow переводит сделку на стадию WON/);
  });

  it('uses the final stage configured for the deal’s own pipeline', () => {
    const sheets = registerBook([documentRow('C-2026-00003', { status: 'sent', dealId: '8' })], { 'stage.complete.pipelines': '1=C1:WON' });
    const { bitrix, deals } = demoBitrix([{ ID: '8', STAGE_ID: 'C1:SIGNING', CATEGORY_ID: '1', CLOSED: 'N' }]);
    ack(registerScanBatch(batch(scan(payloadOf('C-2026-00003'), 'incoming')), testDeps(sheets, bitrix)));
    expect(deals.get('8')?.STAGE_ID).toBe('C1:WON');
  });

  it('says so in the timeline, and moves nothing, when the pipeline has no final stage configured', () => {
    const sheets = registerBook([documentRow('C-2026-00003', { status: 'sent', dealId: '8' })]);
    const { bitrix, deals, comments } = demoBitrix([{ ID: '8', STAGE_ID: 'C2:SIGNING', CATEGORY_ID: '2', CLOSED: 'N' }]);
    ack(registerScanBatch(batch(scan(payloadOf('C-2026-00003'), 'incoming')), testDeps(sheets, bitrix)));
    expect(deals.get('8')?.STAGE_ID).toBe('C2:SIGNING');
    expect(comments[0]?.text).toMatch(/Финальная стадия воронки 2 не задана/);
  });

  it('refuses a return for an invoice (its copy does not come back)', () => {
    const sheets = registerBook(papers());
    const event = scan(payloadOf('I-2026-00001'), 'incoming');
    const answer = ack(registerScanBatch(batch(event), testDeps(sheets, demoBitrix().bitrix)));
    expect(answer.rejected[0]).toMatchObject({ reason: 'not_allowed_in_status', detail: expect.stringMatching(/не возвращается подписанным/) });
  });

  it('refuses a return of a document that was never sent as the wrong mode, and a second return', () => {
    const sheets = registerBook([contract('printed'), documentRow('C-2026-00002', { status: 'returned' })]);
    const deps = testDeps(sheets, demoBitrix().bitrix);
    const answer = ack(registerScanBatch(batch(scan(payloadOf('C-2026-00001'), 'incoming'), scan(payloadOf('C-2026-00002'), 'incoming')), deps));
    expect(answer.rejected.map((item) => item.reason)).toEqual(['wrong_mode', 'not_allowed_in_status']);
  });

  it('records the deals for the reconciliation pass when Bitrix24 is unreachable, and still acknowledges', () => {
    const sheets = registerBook([documentRow('C-2026-00003', { status: 'sent', dealId: '8' })]);
    const { bitrix } = demoBitrix([{ ID: '8', STAGE_ID: 'DOCS_SIGNING', CATEGORY_ID: '0', CLOSED: 'N' }]);
    bitrix.failNext = 5;
    const deps = testDeps(sheets, bitrix);
    const answer = ack(registerScanBatch(batch(scan(payloadOf('C-2026-00003'), 'incoming')), deps));
    expect(answer.accepted).toHaveLength(1);
    expect(statusOf(sheets, 'C-2026-00003')).toBe('returned');
    expect(JSON.parse(deps.properties.get(PENDING_DEALS_KEY) ?? '[]')).toEqual(['8']);
  });
});
