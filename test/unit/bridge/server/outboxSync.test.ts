import { FakeScript } from '../../../integration/bridge/helpers/fakeScript';
import { entry, payloadOf, ROMASHKA, VASILEK } from './helpers/documents';
import { createTestBridge, type TestBridge } from './helpers/testBridge';
import { waitFor } from './helpers/waitFor';

const FAST_SYNC = { sync: { outboxIntervalMs: 200, retryBaseMs: 100, maxBackoffMs: 1000, batchSize: 2, indexIntervalMs: 60_000 } };
const NUMBERS = ['C-2026-00001', 'C-2026-00002', 'C-2026-00003', 'C-2026-00004', 'C-2026-00005'];

describe('the outbox sender and the script', () => {
  let bridge: TestBridge;

  afterEach(async () => {
    await bridge?.close();
  });

  /** How many times the outbox tried to deliver this document's scan. */
  function attempts(documentNumber: string): number {
    const row = bridge.runtime.database.prepare<[string], { attempts: number }>('SELECT attempts FROM outbox WHERE document_number = ?').get(documentNumber);
    return row?.attempts ?? -1;
  }

  async function startWith(settings: Record<string, unknown> = FAST_SYNC, script?: FakeScript): Promise<void> {
    bridge = await createTestBridge({ start: true, settings, ...(script === undefined ? {} : { script }) });
  }

  it('delivers every scan once, in order, in batches, and leaves the outbox empty', async () => {
    await startWith();
    bridge.runtime.desk.setMode('incoming');
    for (const number of NUMBERS) await bridge.runtime.desk.handleScan({ code: payloadOf(number), source: 'api' });
    await waitFor('all scans accepted', () => bridge.outboxCounts().accepted === NUMBERS.length);
    expect(bridge.script.registered.map((event) => event.payload)).toEqual(NUMBERS.map(payloadOf));
    expect(bridge.script.registered.map((event) => event.eventKey)).toEqual(['kiosk-1:1', 'kiosk-1:2', 'kiosk-1:3', 'kiosk-1:4', 'kiosk-1:5']);
    expect(bridge.script.registered.every((event) => event.desk === 'Почта, 1 этаж' && event.operator === 'Смирнова Анна')).toBe(true);
    expect(bridge.outboxCounts().pending).toBe(0);
  });

  it('keeps scans while the script is unreachable and delivers them, in order, when it is back', async () => {
    await startWith();
    bridge.fetch.online = false;
    bridge.runtime.desk.setMode('incoming');
    for (const number of NUMBERS) await bridge.runtime.desk.handleScan({ code: payloadOf(number), source: 'api' });
    await waitFor('the link is seen as down', async () => (await linkState()) === 'offline');
    expect(bridge.script.received).toHaveLength(0);
    bridge.fetch.online = true;
    await waitFor('all scans accepted', () => bridge.outboxCounts().accepted === NUMBERS.length);
    expect(bridge.script.registered.map((event) => event.payload)).toEqual(NUMBERS.map(payloadOf));
    expect(await linkState()).toBe('online');
  });

  it('does not retry once per scan while the script is unreachable; a working exchange ends the wait', async () => {
    // A retry far away: only a new scan (which must not) or the link coming back (which must) could send sooner.
    await startWith({ sync: { ...FAST_SYNC.sync, retryBaseMs: 60_000, maxBackoffMs: 60_000 } });
    // The index sync of the start goes through first, so that only scans can wake the sender.
    await waitFor('the start-up exchange went through', async () => (await linkState()) === 'online');
    bridge.fetch.online = false;
    bridge.runtime.desk.setMode('incoming');
    await bridge.runtime.desk.handleScan({ code: payloadOf(NUMBERS[0]!), source: 'api' });
    await waitFor('the first attempt failed', () => attempts(NUMBERS[0]!) === 1);
    for (const number of NUMBERS.slice(1)) await bridge.runtime.desk.handleScan({ code: payloadOf(number), source: 'api' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(attempts(NUMBERS[0]!)).toBe(1);
    expect(attempts(NUMBERS[1]!)).toBe(0);
    expect(bridge.outboxCounts().pending).toBe(NUMBERS.length);

    bridge.fetch.online = true;
    const synced = await bridge.runtime.syncIndex();
    expect(synced.status).toBe('success');
    await waitFor('all scans accepted', () => bridge.outboxCounts().accepted === NUMBERS.length);
    expect(bridge.script.registered.map((event) => event.payload)).toEqual(NUMBERS.map(payloadOf));
  });

  it('keeps a rejected scan with the script’s reason and shows it', async () => {
    await startWith();
    bridge.script.rejections.set(payloadOf(NUMBERS[1]!), { reason: 'not_allowed_in_status', detail: 'Документ ещё не отправлялся.' });
    bridge.runtime.desk.setMode('incoming');
    await bridge.runtime.desk.handleScan({ code: payloadOf(NUMBERS[0]!), source: 'api' });
    await bridge.runtime.desk.handleScan({ code: payloadOf(NUMBERS[1]!), source: 'api' });
    await waitFor('both settled', () => bridge.outboxCounts().pending === 0);
    expect(bridge.outboxCounts()).toEqual({ pending: 0, accepted: 1, rejected: 1 });
    const state = (await bridge.runtime.app.inject({ method: 'GET', url: '/api/state', headers: bridge.auth })).json().response;
    expect(state.outbox.recentRejected).toEqual([
      expect.objectContaining({ eventKey: 'kiosk-1:2', documentNumber: NUMBERS[1], reason: 'not_allowed_in_status', detail: 'Документ ещё не отправлялся.' }),
    ]);
    expect(state.scans.find((scan: { eventKey: string }) => scan.eventKey === 'kiosk-1:2')).toMatchObject({ delivery: 'rejected', ok: false });
  });

  it('settles nothing when the answer is not signed with the shared secret', async () => {
    await startWith(FAST_SYNC, new FakeScript('another-secret-0123456789-abcdef'));
    bridge.runtime.desk.setMode('incoming');
    await bridge.runtime.desk.handleScan({ code: payloadOf(NUMBERS[0]!), source: 'api' });
    await waitFor('the link is reported broken', async () => (await linkState()) === 'offline');
    expect(bridge.outboxCounts().pending).toBe(1);
    const state = (await bridge.runtime.app.inject({ method: 'GET', url: '/api/state', headers: bridge.auth })).json().response;
    expect(state.link.detail).toMatch(/Ответ скрипта не принят|Подпись/);
  });

  it('tells the kiosk whether the deal is complete once a return is accepted', async () => {
    await startWith();
    const contract = 'C-2026-00010';
    const specification = 'C-2026-00010.S001';
    const invoice = 'I-2026-00010';
    bridge.script.upsert(
      entry(contract, ROMASHKA, { status: 'sent' }),
      entry(specification, ROMASHKA, { status: 'sent', kind: 'specification' }),
      entry(invoice, ROMASHKA, { status: 'sent' }),
      entry('C-2026-00011', VASILEK, { status: 'sent' }),
    );
    await bridge.runtime.syncIndex();
    bridge.runtime.desk.setMode('incoming');
    const confirmations = recordConfirmations();
    await bridge.runtime.desk.handleScan({ code: payloadOf(contract), source: 'api' });
    await waitFor('first return confirmed', () => confirmations.length === 1);
    await bridge.runtime.desk.handleScan({ code: payloadOf(specification), source: 'api' });
    await waitFor('second return confirmed', () => confirmations.length === 2);
    // This script's acks say nothing of deals, so the bridge works it out from its index.
    // An invoice needs no signed copy back: the deal is complete once the contract and its specification are back.
    expect(confirmations).toEqual([
      { documentNumber: contract, complete: false, awaiting: [specification], source: 'index' },
      { documentNumber: specification, complete: true, awaiting: [], source: 'index' },
    ]);
  });

  it('shows the script’s word on the deal when its ack carries it, over the local index', async () => {
    await startWith();
    const contract = 'C-2026-00020';
    const appendix = 'C-2026-00020.P001';
    // The index still has the appendix waiting; the registers know it was annulled and replaced.
    bridge.script.upsert(entry(contract, ROMASHKA, { status: 'sent', dealId: '20' }), entry(appendix, ROMASHKA, { status: 'sent', dealId: '20' }));
    await bridge.runtime.syncIndex();
    bridge.script.dealReports.set(payloadOf(contract), { dealId: '20', returned: [contract], awaiting: [], complete: true });
    bridge.runtime.desk.setMode('incoming');
    const confirmations = recordConfirmations();
    await bridge.runtime.desk.handleScan({ code: payloadOf(contract), source: 'api' });
    await waitFor('return confirmed', () => confirmations.length === 1);
    expect(confirmations).toEqual([{ documentNumber: contract, complete: true, awaiting: [], source: 'script' }]);
  });

  /** Every return the kiosk is told about, as it is told. */
  function recordConfirmations(): { documentNumber: string | null; complete?: boolean; awaiting?: readonly string[]; source?: string }[] {
    const confirmations: { documentNumber: string | null; complete?: boolean; awaiting?: readonly string[]; source?: string }[] = [];
    bridge.runtime.bus.on('returnConfirmed', 'test', ({ documentNumber, deal }) => {
      confirmations.push({ documentNumber, ...(deal === null ? {} : { complete: deal.complete, awaiting: deal.awaiting, source: deal.source }) });
    });
    return confirmations;
  }

  /** The link to Google as the kiosk sees it (GET /api/state). */
  async function linkState(): Promise<string> {
    const response = await bridge.runtime.app.inject({ method: 'GET', url: '/api/state', headers: bridge.auth });
    return (response.json() as { response: { link: { state: string } } }).response.link.state;
  }
});
