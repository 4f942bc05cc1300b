/**
 * Google unreachable: the bridge keeps printing labels from its local index (the TCP 9100
 * capture receives ZPL whose rendering holds the document's barcode), keeps every scan in its
 * outbox, and delivers them all, once and in order, when the script answers again.
 */
import { startRawPrinter, type RawPrinter } from '../../helpers/rawPrinter';
import { decodeBarcodes } from '../../helpers/zxing';
import { renderZplToPng } from '../../../scripts/simulatedDevices/renderZpl';
import { entry, payloadOf, ROMASHKA, VASILEK } from '../../unit/bridge/server/helpers/documents';
import { waitFor } from '../../unit/bridge/server/helpers/waitFor';
import { FakeScript, type FakeScriptServer, startFakeScriptServer } from './helpers/fakeScript';
import { startTestServer, type TestServer } from './helpers/runningBridge';

const PETROV = { clientName: 'ИП Петров Иван Сергеевич', postalAddressLines: ['ул. Садовая, д.\u00a02, кв.\u00a07', 'г. Тула', '300041'], dealId: '3001' };
const DOCUMENTS = [
  { number: 'C-2026-00101', addressee: ROMASHKA },
  { number: 'F-2026-00102', addressee: VASILEK },
  { number: 'C-2026-00103.S001', addressee: PETROV },
];

describe('labels while Google is unreachable', () => {
  let script: FakeScript;
  let scriptServer: FakeScriptServer;
  let printer: RawPrinter;
  let bridge: TestServer;

  beforeAll(async () => {
    script = new FakeScript();
    script.upsert(...DOCUMENTS.map(({ number, addressee }) => entry(number, addressee)));
    scriptServer = await startFakeScriptServer(script);
    printer = await startRawPrinter();
    bridge = await startTestServer({
      scriptUrl: scriptServer.url,
      devices: { labelPrinter: { format: 'zpl', host: '127.0.0.1', port: printer.port, size: '100x50', dpi: 203 } },
      sync: { outboxIntervalMs: 200, retryBaseMs: 100, maxBackoffMs: 1000, indexIntervalMs: 60_000, requestTimeoutMs: 2000 },
    });
    // The replica is filled while Google still answers (the index sync runs at start).
    await waitFor('the local index is filled', () => script.requests.includes('index_delta_request'));
    await bridge.runtime.syncIndex();
  });

  afterAll(async () => {
    await bridge?.close();
    await printer?.stop();
    await scriptServer?.stop();
  });

  it('prints every label and queues every scan, then delivers them once and in order when Google is back', async () => {
    scriptServer.setOnline(false);
    for (const { number } of DOCUMENTS) {
      const answer = await bridge.post('/api/scan', { code: payloadOf(number), source: 'wedge' });
      expect(answer).toMatchObject({ status: 200, json: { status: 'success', response: { result: 'envelope_opened' } } });
    }
    const jobs = await printer.waitForJobs(DOCUMENTS.length, 20_000);
    for (const [index, job] of jobs.entries()) {
      const png = await renderZplToPng(job.toString('latin1'), 100, 50, 8);
      expect(await decodeBarcodes(png)).toEqual([payloadOf(DOCUMENTS[index]!.number)]);
    }
    await waitFor('the link is seen as down', async () => (await bridge.state()).link.state === 'offline');
    expect((await bridge.state()).outbox.pending).toBe(DOCUMENTS.length);
    expect(script.received).toHaveLength(0);

    scriptServer.setOnline(true);
    await waitFor('the outbox is empty', async () => (await bridge.state()).outbox.pending === 0, 20_000);
    expect(script.registered.map((event) => event.payload)).toEqual(DOCUMENTS.map(({ number }) => payloadOf(number)));
    expect(script.registered.map((event) => event.mode)).toEqual(['outgoing', 'outgoing', 'outgoing']);
    expect(new Set(script.received.map((event) => event.eventKey)).size).toBe(DOCUMENTS.length);
  });
});
