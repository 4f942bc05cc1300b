/**
 * kill -9 in the middle of a batch: the bridge process (tsx bridge/main.ts, as deployed) is
 * killed while the script holds a batch it has already recorded; after a restart the bridge
 * sends the unacknowledged scans again under the same event keys, and the script — which
 * verifies every signature and dedupes by event key — ends up with every scan exactly once,
 * in scan order. The bridge never gives one scan two keys.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { payloadOf } from '../../unit/bridge/server/helpers/documents';
import { waitFor } from '../../unit/bridge/server/helpers/waitFor';
import { type BridgeProcess, startBridgeProcess } from './helpers/bridgeProcess';
import { FakeScript, type FakeScriptServer, SCRIPT_SECRET, startFakeScriptServer } from './helpers/fakeScript';

const TOKEN = 'durability-pairing-token-0123456789';
const NUMBERS = Array.from({ length: 12 }, (_, index) => `C-2026-${String(200 + index).padStart(5, '0')}`);

describe('outbox durability across kill -9', () => {
  let folder: string;
  let script: FakeScript;
  let server: FakeScriptServer;
  let bridge: BridgeProcess | undefined;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'docflow-durability-'));
    script = new FakeScript();
    server = await startFakeScriptServer(script);
    writeFileSync(
      join(folder, 'config.json'),
      JSON.stringify({
        scriptUrl: server.url,
        secret: SCRIPT_SECRET,
        bridgeId: 'kiosk-1',
        desk: 'Почта',
        dataDir: 'data',
        pairingToken: TOKEN,
        mode: 'incoming',
        bind: { host: '127.0.0.1', port: 0 },
        sync: { outboxIntervalMs: 200, batchSize: 5, retryBaseMs: 100, maxBackoffMs: 1000, requestTimeoutMs: 60_000, indexIntervalMs: 3_600_000 },
      }),
    );
  });

  afterAll(async () => {
    await bridge?.kill9();
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  async function post(url: string, code: string): Promise<number> {
    const response = await fetch(`${url}/api/scan`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ code, source: 'api' }),
    });
    return response.status;
  }

  async function pending(url: string): Promise<number> {
    const response = await fetch(`${url}/api/state`, { headers: { authorization: `Bearer ${TOKEN}` } });
    return ((await response.json()) as { response: { outbox: { pending: number } } }).response.outbox.pending;
  }

  it('loses no scan and duplicates none', async () => {
    // Google is down while the scans come in: they pile up in the outbox.
    server.setOnline(false);
    bridge = await startBridgeProcess(join(folder, 'config.json'));
    for (const number of NUMBERS) expect(await post(bridge.url, payloadOf(number))).toBe(200);

    // Google comes back but holds its answer to the first batch, which it has already recorded…
    script.holdBatches = new Promise(() => undefined);
    server.setOnline(true);
    await waitFor('a batch in flight', () => script.received.length > 0, 20_000);
    const inFlight = script.received.length;
    // …and the bridge dies before the acknowledgement arrives.
    await bridge.kill9();
    expect(script.registered).toHaveLength(inFlight);

    script.holdBatches = undefined;
    bridge = await startBridgeProcess(join(folder, 'config.json'));
    const restarted = bridge;
    await waitFor('every scan delivered', async () => script.registered.length === NUMBERS.length && (await pending(restarted.url)) === 0, 30_000);

    expect(script.registered.map((event) => event.payload)).toEqual(NUMBERS.map(payloadOf));
    expect(script.registered.map((event) => event.eventKey)).toEqual(NUMBERS.map((_, index) => `kiosk-1:${index + 1}`));
    // The batch that was in flight went twice, under the same keys: one key per scan, ever.
    expect(script.received.length).toBeGreaterThan(NUMBERS.length);
    for (const payload of NUMBERS.map(payloadOf)) {
      expect(new Set(script.received.filter((event) => event.payload === payload).map((event) => event.eventKey)).size).toBe(1);
    }

    // A clean stop, as systemd does it.
    expect(await bridge.terminate()).toBe(0);
    bridge = undefined;
  });
});
