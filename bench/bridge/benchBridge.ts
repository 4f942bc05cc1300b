import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateConfig } from '../../bridge/config/validateConfig';
import { silentLogger } from '../../bridge/core/logger';
import { type RunningBridge, startBridge } from '../../bridge/server';
import { SCRIPT_SECRET } from '../../test/integration/bridge/helpers/fakeScript';

const PAIRING_TOKEN = 'bench-pairing-token-0123456789abcdef';
const AUTH = { authorization: `Bearer ${PAIRING_TOKEN}` };

export interface BenchBridge {
  readonly running: RunningBridge;
  /** POST /api/scan, as the kiosk page sends a wedge scan; resolves with the outcome. */
  scan(code: string): Promise<{ result: string; eventKey: string | null }>;
  /** Scans waiting in the outbox (GET /api/state). */
  pending(): Promise<number>;
  close(): Promise<void>;
}

export interface BenchBridgeSettings {
  readonly printerPort: number;
  readonly scriptUrl: string;
  /** Draw the waiting documents' labels ahead of their scans (the default), or only at the scan. */
  readonly drawLabelsAhead?: boolean;
}

/** The bridge as main.ts starts it (startBridge: HTTP app, extensions, SQLite in a fresh folder), on a free loopback port. */
export async function startBenchBridge(settings: BenchBridgeSettings, dataDir: string): Promise<BenchBridge> {
  const validated = validateConfig(
    {
      scriptUrl: settings.scriptUrl,
      secret: SCRIPT_SECRET,
      bridgeId: 'bench-1',
      desk: 'Почта, 1 этаж',
      dataDir,
      pairingToken: PAIRING_TOKEN,
      bind: { host: '127.0.0.1', port: 0 },
      devices: { labelPrinter: { format: 'zpl', host: '127.0.0.1', port: settings.printerPort, size: '100x50', dpi: 203 } },
      // No duplex printer: the inventory list is not on the label's path, so it is left out.
      envelope: { inventoryList: false },
      sync: { retryBaseMs: 500, maxBackoffMs: 5000 },
    },
    dataDir,
  );
  if (validated.status === 'error') throw new Error(validated.detail);
  const running = await startBridge(validated.response, { logger: silentLogger(), drawLabelsAhead: settings.drawLabelsAhead ?? true });
  return {
    running,
    async scan(code) {
      const response = await fetch(`${running.url}/api/scan`, {
        method: 'POST',
        headers: { ...AUTH, 'content-type': 'application/json' },
        body: JSON.stringify({ code, source: 'wedge' }),
      });
      const json = (await response.json()) as { response?: { result?: string; eventKey?: string | null } };
      return { result: json.response?.result ?? `HTTP ${response.status}`, eventKey: json.response?.eventKey ?? null };
    },
    async pending() {
      const response = await fetch(`${running.url}/api/state`, { headers: AUTH });
      return ((await response.json()) as { response: { outbox: { pending: number } } }).response.outbox.pending;
    },
    close: () => running.close(),
  };
}

/**
 * A data folder whose local index already holds the documents: a bridge is started against a
 * script that answers at once, pulls the whole index, and is stopped. The measured bridge then
 * starts on this folder with whatever script (slow, unreachable) the condition needs.
 */
export async function prefilledDataDir(scriptUrl: string, printerPort: number, expectedEntries: number): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'docflow-bench-bridge-'));
  const bridge = await startBenchBridge({ scriptUrl, printerPort }, dataDir);
  try {
    const synced = await bridge.running.runtime.syncIndex();
    if (synced.status === 'error') throw new Error(`index sync failed: ${synced.detail}`);
    const count = bridge.running.runtime.database.prepare('SELECT COUNT(*) AS n FROM index_entries').get() as { n: number } | undefined;
    if (count !== undefined && count.n < expectedEntries) throw new Error(`the local index holds ${count.n} of ${expectedEntries} documents`);
  } finally {
    await bridge.close();
  }
  return dataDir;
}

export function removeDataDir(dataDir: string): void {
  rmSync(dataDir, { recursive: true, force: true });
}
