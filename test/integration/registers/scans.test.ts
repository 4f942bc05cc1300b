import { AUDIT_REGISTER } from '../../../appsscript/audit/auditRegister';
import type { IndexDelta, ScanEventAck } from '../../../shared/protocol';
import { CORRESPONDENCE_REGISTER, DOCUMENTS_REGISTER } from '../../../shared/registers';
import { batch, paper, payloadOf, scan } from './helpers/papers';
import { type RegistersStack, startRegistersStack } from './helpers/registersStack';

type Answer<T> = { status: 'success'; response: T } | { status: 'error'; type: string; detail: string };

let stack: RegistersStack;

beforeAll(async () => {
  stack = await startRegistersStack();
  stack.ensureSheet(AUDIT_REGISTER);
  stack.seed(DOCUMENTS_REGISTER, [
    paper('C-2026-00101', { status: 'printed' }),
    paper('C-2026-00101.S001', { status: 'printed' }),
    paper('I-2026-00101', { status: 'printed' }),
    paper('C-2026-00102', { status: 'sent', dealId: '3', clientId: '4', clientName: 'ООО «Медиагруппа «Горизонт»»' }),
  ]);
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

async function register(...events: Parameters<typeof batch>): Promise<ScanEventAck> {
  const answer = await stack.run<Answer<ScanEventAck>>('registerScanEventBatch_', [batch(...events)]);
  if (answer.status === 'error') throw new Error(`${answer.type}: ${answer.detail}`);
  return answer.response;
}

const statusOf = (number: string): string | undefined => stack.rows(DOCUMENTS_REGISTER).find((row) => row.registryNumber === number)?.status;

describe('scans at the mail desk, through the built bundle', () => {
  it('registers outgoing papers in one write to the Correspondence register and marks them sent', async () => {
    const events = [
      scan(payloadOf('C-2026-00101'), 'outgoing', { envelopeId: 'RA644000001RU' }),
      scan(payloadOf('C-2026-00101.S001'), 'outgoing', { envelopeId: 'RA644000001RU' }),
      scan(payloadOf('I-2026-00101'), 'outgoing', { envelopeId: 'RA644000001RU' }),
    ];
    stack.resetCalls();
    const ack = await register(...events);
    expect(ack.accepted).toEqual(events.map((event) => event.eventKey));
    expect(ack.rejected).toEqual([]);

    const rows = stack.rows(CORRESPONDENCE_REGISTER);
    expect(rows.map((row) => [row.eventKey, row.direction, row.documentNumber, row.envelopeId])).toEqual(
      events.map((event, i) => [event.eventKey, 'outgoing', ['C-2026-00101', 'C-2026-00101.S001', 'I-2026-00101'][i], 'RA644000001RU']),
    );
    expect(rows[0]).toMatchObject({ dealId: '10', clientName: 'ООО «СеверСтрой»', desk: 'Ресепшн', operator: 'Смирнова Е. И.', kind: 'contract' });
    expect(rows[0]?.address?.split('\n').at(-1)).toMatch(/^\d{6}$/);
    // Text from outside (keys, numbers, client, address, desk, operator) is forced text; only the
    // fixed vocabulary (direction, kind) is written as is. Nothing becomes a formula.
    const cells = stack.cells(CORRESPONDENCE_REGISTER.sheetName)[1] ?? [];
    expect(cells.some((cell) => cell.f !== undefined)).toBe(false);
    expect(cells.filter((cell) => cell.v !== '' && cell.quoted !== true).map((cell) => cell.v)).toEqual(['Исходящий', 'Договор']);

    // One setValues for the three Correspondence rows, one for the three adjacent status rows,
    // one for the audit journal.
    expect(stack.calls()['SpreadsheetApp.Range.setValues']).toBe(3);
    expect(['C-2026-00101', 'C-2026-00101.S001', 'I-2026-00101'].map(statusOf)).toEqual(['sent', 'sent', 'sent']);
    expect(stack.rows(AUDIT_REGISTER).map((row) => `${row.registryNumber} ${row.from}→${row.to} ${row.channel}`)).toEqual([
      'C-2026-00101 printed→sent bridge',
      'C-2026-00101.S001 printed→sent bridge',
      'I-2026-00101 printed→sent bridge',
    ]);
    const timeline = (await stack.bitrixState()).timeline.filter((entry) => entry.ENTITY_ID === '10');
    expect(timeline.map((entry) => entry.COMMENT).join('\n')).toMatch(/Договор № C-2026-00101: Документ отправлен клиенту, почтовый идентификатор RA644000001RU/);
  });

  it('acknowledges a resent batch again and writes nothing twice', async () => {
    const event = scan(payloadOf('C-2026-00102'), 'incoming');
    await register(event);
    const correspondence = stack.rows(CORRESPONDENCE_REGISTER).length;
    const documents = JSON.stringify(stack.values(DOCUMENTS_REGISTER.sheetName));
    stack.resetCalls();
    const ack = await register(event);
    expect(ack).toMatchObject({ accepted: [event.eventKey], rejected: [] });
    expect(stack.rows(CORRESPONDENCE_REGISTER)).toHaveLength(correspondence);
    expect(JSON.stringify(stack.values(DOCUMENTS_REGISTER.sheetName))).toBe(documents);
    expect(stack.calls()['SpreadsheetApp.Range.setValues'] ?? 0).toBe(0);
  });

  it('rejects an unknown number and a foreign code with a reason, and writes nothing', async () => {
    const unknown = scan(payloadOf('C-2026-09999'), 'outgoing');
    const foreign = scan('4607001234567', 'outgoing');
    const before = JSON.stringify([stack.values(CORRESPONDENCE_REGISTER.sheetName), stack.values(DOCUMENTS_REGISTER.sheetName)]);
    const ack = await register(unknown, foreign);
    expect(ack.accepted).toEqual([]);
    expect(ack.rejected).toEqual([
      { eventKey: unknown.eventKey, reason: 'unknown_document', detail: expect.stringContaining('C-2026-09999') },
      { eventKey: foreign.eventKey, reason: 'invalid_payload', detail: expect.stringContaining('не штрихкод Docflow') },
    ]);
    expect(JSON.stringify([stack.values(CORRESPONDENCE_REGISTER.sheetName), stack.values(DOCUMENTS_REGISTER.sheetName)])).toBe(before);
  });

  it('completes the deal when the last awaited signed copy comes back: timeline and final stage (WON)', async () => {
    const first = await register(scan(payloadOf('C-2026-00101'), 'incoming'));
    expect(first.rejected).toEqual([]);
    let state = await stack.bitrixState();
    expect(state.deals.find((deal) => deal.ID === '10')?.STAGE_ID).toBe('DOCS_SIGNING');

    await stack.bitrixPost('requests/reset', {});
    const last = await register(scan(payloadOf('C-2026-00101.S001'), 'incoming'));
    expect(last.rejected).toEqual([]);
    state = await stack.bitrixState();
    expect(state.deals.find((deal) => deal.ID === '10')?.STAGE_ID).toBe('WON');
    // Reading the deal's pipeline, then comments + notification + the stage move: two requests.
    expect(state.requests.byMethod['batch']).toBe(2);
    expect(state.requests.total).toBe(2);
    const comments = state.timeline.filter((entry) => entry.ENTITY_ID === '10').map((entry) => entry.COMMENT ?? '');
    expect(comments.at(-1)).toMatch(/Спецификация № C-2026-00101\.S001: Получен экземпляр, подписанный клиентом/);
    expect(comments.at(-1)).toMatch(/Все подписанные экземпляры по сделке получены \(C-2026-00101, C-2026-00101\.S001\)\. Docflow переводит сделку на стадию WON/);
    expect(['C-2026-00101', 'C-2026-00101.S001', 'I-2026-00101'].map(statusOf)).toEqual(['returned', 'returned', 'sent']);
    expect(state.notifications.some((notice) => notice.USER_ID === '2' && notice.MESSAGE.includes('C-2026-00101.S001'))).toBe(true);
    expect(stack.workspace.outbox.all().some((mail) => String(mail.to).includes('manager@docflow.test') && mail.subject.includes('вернулись'))).toBe(true);
  });

  it('answers the bridge’s index delta with the papers awaiting mailing or return and their label address', async () => {
    stack.seed(DOCUMENTS_REGISTER, [paper('C-2026-00103', { status: 'approved', dealId: '3', clientId: '4', clientName: 'ООО «Медиагруппа «Горизонт»»' })]);
    const answer = await stack.run<Answer<IndexDelta>>('answerIndexDeltaRequest_', [{ type: 'index_delta_request', version: 1, bridgeId: 'kiosk-1', since: null }]);
    if (answer.status === 'error') throw new Error(answer.detail);
    const entries = new Map(answer.response.upserts.map((entry) => [entry.documentNumber, entry]));
    expect([...entries.keys()].sort()).toEqual(['C-2026-00103', 'I-2026-00101']);
    expect(entries.get('C-2026-00103')).toMatchObject({ status: 'approved', dealId: '3', kind: 'contract' });
    expect(entries.get('C-2026-00103')?.postalAddressLines.join(' ')).toMatch(/Казань/);

    const later = await stack.run<Answer<IndexDelta>>('answerIndexDeltaRequest_', [{ type: 'index_delta_request', version: 1, bridgeId: 'kiosk-1', since: answer.response.cursor }]);
    expect(later).toMatchObject({ status: 'success', response: { upserts: [], removals: [], hasMore: false } });
  });
});
