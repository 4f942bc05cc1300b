import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BridgeConfig } from '../../../../../bridge/config/bridgeConfig';
import { validateConfig } from '../../../../../bridge/config/validateConfig';
import { silentLogger } from '../../../../../bridge/core/logger';
import { type BridgeRuntime, createBridge } from '../../../../../bridge/runtime/createBridge';
import { FakeScript, fakeScriptFetch, SCRIPT_SECRET } from '../../../../integration/bridge/helpers/fakeScript';
import { FakeDuplexPrinter, FakeLabelPrinter } from './fakePrinters';

export const TOKEN = 'test-pairing-token-0123456789abcdef';

export interface TestBridge {
  readonly runtime: BridgeRuntime;
  readonly script: FakeScript;
  readonly fetch: ReturnType<typeof fakeScriptFetch>;
  readonly labelPrinter: FakeLabelPrinter;
  readonly duplexPrinter: FakeDuplexPrinter;
  readonly config: BridgeConfig;
  readonly dataDir: string;
  /** Headers that carry the pairing token. */
  readonly auth: { authorization: string };
  /** Pending, accepted and rejected rows of the outbox, straight from SQLite. */
  outboxCounts(): { pending: number; accepted: number; rejected: number };
  /** Stops the bridge; the data folder is deleted unless `keepData` (to start another bridge on it: a restart). */
  close(options?: { keepData?: boolean }): Promise<void>;
}

/**
 * The whole bridge as production wires it (createBridge), with the script replaced by the fake
 * script's fetch and the printers by recording fakes; not listening (tests use app.inject).
 * Extensions are started only if `start` is true: then the outbox sender and the index sync
 * talk to the fake script by themselves.
 */
export async function createTestBridge(
  options: { start?: boolean; settings?: Record<string, unknown>; dataDir?: string; script?: FakeScript } = {},
): Promise<TestBridge> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'docflow-bridge-test-'));
  const validated = validateConfig(
    {
      scriptUrl: 'http://script.test/exec',
      secret: SCRIPT_SECRET,
      bridgeId: 'kiosk-1',
      desk: 'Почта, 1 этаж',
      operator: 'Смирнова Анна',
      dataDir,
      pairingToken: TOKEN,
      maxRequestBytes: 2048,
      sender: { name: 'ООО «Докфлоу»', addressLines: ['г. Москва, ул. Тверская, д. 1', '125009'] },
      ...options.settings,
    },
    dataDir,
  );
  if (validated.status === 'error') throw new Error(validated.detail);
  const config = validated.response;
  const script = options.script ?? new FakeScript();
  const fetch = fakeScriptFetch(script);
  const labelPrinter = new FakeLabelPrinter();
  const duplexPrinter = new FakeDuplexPrinter();
  const runtime = await createBridge(config, { logger: silentLogger(), fetch, labelPrinter, duplexPrinter, heartbeatMs: 60_000 });
  if (options.start === true) await runtime.start();
  const counts = runtime.database.prepare<[], { state: string; count: number }>('SELECT state, COUNT(*) AS count FROM outbox GROUP BY state');
  return {
    runtime,
    script,
    fetch,
    labelPrinter,
    duplexPrinter,
    config,
    dataDir,
    auth: { authorization: `Bearer ${TOKEN}` },
    outboxCounts() {
      const result = { pending: 0, accepted: 0, rejected: 0 };
      for (const row of counts.all()) result[row.state as keyof typeof result] = row.count;
      return result;
    },
    async close(closeOptions = {}) {
      await runtime.close();
      if (closeOptions.keepData !== true) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
