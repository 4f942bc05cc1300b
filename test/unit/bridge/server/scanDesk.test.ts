import { entry, payloadOf, ROMASHKA, VASILEK } from './helpers/documents';
import { createTestBridge, type TestBridge } from './helpers/testBridge';
import type { ScanOutcome } from '../../../../bridge/desk/scanOutcome';

const CONTRACT = 'C-2026-00042';
const INVOICE = 'I-2026-00117';
const OTHER = 'C-2026-00050';
const DRAFT = 'C-2026-00060';
const SENT = 'C-2026-00061';
const NO_POSTCODE = 'C-2026-00062';

describe('the mail desk (ScanDesk)', () => {
  let bridge: TestBridge;

  beforeEach(async () => {
    bridge = await createTestBridge();
    bridge.script.upsert(
      entry(CONTRACT, ROMASHKA),
      entry(INVOICE, ROMASHKA),
      entry(OTHER, VASILEK),
      entry(DRAFT, ROMASHKA, { status: 'draft' }),
      entry(SENT, ROMASHKA, { status: 'sent' }),
      entry(NO_POSTCODE, { clientName: 'ИП Петров', postalAddressLines: ['ул. Садовая, д. 2', 'г. Тула'], dealId: '3001' }),
    );
    // The replica is filled the way the index sync fills it.
    await bridge.runtime.syncIndex();
  });

  afterEach(async () => {
    jest.useRealTimers();
    await bridge.close();
  });

  const scan = (code: string, source = 'hid-pos'): Promise<ScanOutcome> => bridge.runtime.desk.handleScan({ code, source });

  it('writes the scan to the outbox before the label reaches the printer', async () => {
    bridge.labelPrinter.observe = () => bridge.outboxCounts().pending;
    const outcome = await scan(payloadOf(CONTRACT));
    await bridge.runtime.printed();
    expect(outcome.result).toBe('envelope_opened');
    expect(bridge.labelPrinter.printed).toHaveLength(1);
    expect(bridge.labelPrinter.printed[0]?.observed).toBe(1);
  });

  it('asks the script nothing for a document already in the local index', async () => {
    const before = bridge.script.requests.length;
    await scan(payloadOf(CONTRACT));
    expect(bridge.script.requests.length).toBe(before);
  });

  it('strips an AIM symbology identifier and accepts lower case (Caps Lock on a wedge scanner)', async () => {
    const outcome = await scan(`]C0${payloadOf(CONTRACT).toLowerCase()}`);
    expect(outcome.result).toBe('envelope_opened');
    const row = bridge.runtime.database.prepare('SELECT payload FROM outbox').get() as { payload: string };
    expect(row.payload).toBe(payloadOf(CONTRACT));
  });

  it('closes the envelope when a document for another addressee comes, printing its inventory list, and opens a new one with its own label', async () => {
    await scan(payloadOf(CONTRACT));
    await scan(payloadOf(INVOICE));
    const third = await scan(payloadOf(OTHER));
    await bridge.runtime.printed();
    expect(third.result).toBe('envelope_opened');
    expect(bridge.labelPrinter.printed).toHaveLength(2);
    expect(bridge.duplexPrinter.printed).toHaveLength(1);
    expect(bridge.duplexPrinter.printed[0]).toMatchObject({ copies: 1, sides: 'one-sided' });
    expect(bridge.runtime.desk.currentEnvelope()).toMatchObject({ clientName: 'АО «Василёк»', documents: [{ documentNumber: OTHER }] });
  });

  it('closes an idle envelope by itself and prints its inventory list', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    await scan(payloadOf(CONTRACT));
    expect(bridge.runtime.desk.currentEnvelope()).not.toBeNull();
    jest.advanceTimersByTime(bridge.config.envelope.idleCloseSeconds * 1000 + 1);
    expect(bridge.runtime.desk.currentEnvelope()).toBeNull();
    jest.useRealTimers();
    await bridge.runtime.printed();
    expect(bridge.duplexPrinter.printed).toHaveLength(1);
  });

  it('closes the envelope when the mode changes', async () => {
    await scan(payloadOf(CONTRACT));
    bridge.runtime.desk.setMode('incoming');
    expect(bridge.runtime.desk.currentEnvelope()).toBeNull();
    await bridge.runtime.printed();
    expect(bridge.duplexPrinter.printed).toHaveLength(1);
  });

  it('keeps an open envelope across a restart of the bridge', async () => {
    await scan(payloadOf(CONTRACT));
    await bridge.close({ keepData: true });
    bridge = await createTestBridge({ dataDir: bridge.dataDir, script: bridge.script });
    expect(bridge.runtime.desk.currentEnvelope()).toMatchObject({ documents: [{ documentNumber: CONTRACT }] });
    const second = await scan(payloadOf(INVOICE));
    expect(second.result).toBe('envelope_extended');
    await bridge.runtime.printed();
    expect(bridge.labelPrinter.printed).toHaveLength(0);
  });

  it('numbers envelopes <bridge id>-NNNNNN, records the number with each outgoing scan, and keeps counting after a restart', async () => {
    const bridgeId = bridge.config.bridgeId;
    await scan(payloadOf(CONTRACT));
    await scan(payloadOf(INVOICE));
    await scan(payloadOf(OTHER));
    await bridge.close({ keepData: true });
    bridge = await createTestBridge({ dataDir: bridge.dataDir, script: bridge.script });
    const later = 'C-2026-00070';
    bridge.script.upsert(entry(later, ROMASHKA));
    await bridge.runtime.syncIndex();
    // Back to Romashka: Vasilek's envelope closes, and the next one is number 3, not 1 again.
    const outcome = await scan(payloadOf(later));
    expect(outcome).toMatchObject({ result: 'envelope_opened', envelopeId: `${bridgeId}-000003` });
    const rows = bridge.runtime.database
      .prepare('SELECT document_number AS number, local_envelope_id AS envelope FROM outbox ORDER BY sequence')
      .all() as { number: string; envelope: string | null }[];
    expect(rows).toEqual([
      { number: CONTRACT, envelope: `${bridgeId}-000001` },
      { number: INVOICE, envelope: `${bridgeId}-000001` },
      { number: OTHER, envelope: `${bridgeId}-000002` },
      { number: later, envelope: `${bridgeId}-000003` },
    ]);
  });

  it('refuses a document that is not ready for mailing, and one already sent: nothing printed, nothing queued', async () => {
    expect((await scan(payloadOf(DRAFT))).result).toBe('not_ready_for_mailing');
    expect((await scan(payloadOf(SENT))).result).toBe('already_sent');
    await bridge.runtime.printed();
    expect(bridge.labelPrinter.printed).toHaveLength(0);
    expect(bridge.outboxCounts().pending).toBe(0);
  });

  it('queues a document whose address has no postcode but says the label could not be drawn', async () => {
    const outcome = await scan(payloadOf(NO_POSTCODE));
    expect(outcome.result).toBe('envelope_opened');
    expect(outcome.label).toMatchObject({ state: 'failed', labelId: null });
    expect(outcome.label?.detail).toMatch(/почтовый индекс/);
    expect(outcome.sound).toBe('error');
    expect(bridge.outboxCounts().pending).toBe(1);
  });

  it('registers a return in incoming mode without printing, even for a document the replica lacks', async () => {
    bridge.runtime.desk.setMode('incoming');
    const known = await scan(payloadOf(SENT));
    const unknown = await scan(payloadOf('C-2026-00777'));
    expect(known).toMatchObject({ result: 'return_registered', document: { documentNumber: SENT } });
    expect(unknown).toMatchObject({ result: 'return_registered', document: null });
    await bridge.runtime.printed();
    expect(bridge.labelPrinter.printed).toHaveLength(0);
    expect(bridge.outboxCounts().pending).toBe(2);
  });

  it('emits every outcome on the bus for the kiosk', async () => {
    const seen: ScanOutcome[] = [];
    bridge.runtime.bus.on('scanHandled', 'test', (outcome) => {
      seen.push(outcome);
    });
    await scan('not-a-docflow-code');
    expect(seen).toEqual([expect.objectContaining({ result: 'foreign_code', ok: false, sound: 'error', delivery: 'local' })]);
  });
});
