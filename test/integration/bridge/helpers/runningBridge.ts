import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateConfig } from '../../../../bridge/config/validateConfig';
import { silentLogger } from '../../../../bridge/core/logger';
import type { BridgeRuntimeOptions } from '../../../../bridge/runtime/createBridge';
import { type RunningBridge, startBridge } from '../../../../bridge/server';
import { SCRIPT_SECRET } from './fakeScript';

export const PAIRING_TOKEN = 'integration-pairing-token-0123456789';

export interface TestServer extends RunningBridge {
  readonly dataDir: string;
  readonly auth: { readonly authorization: string };
  /** POSTs JSON to the bridge with the pairing token. */
  post(path: string, body: unknown): Promise<{ status: number; json: { status: string; response?: unknown; type?: string } }>;
  state(): Promise<{ outbox: { pending: number }; link: { state: string } }>;
}

/** The bridge as main.ts starts it (startBridge), on a free loopback port, with the given settings. */
export async function startTestServer(settings: Record<string, unknown>, options: Partial<BridgeRuntimeOptions> = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'docflow-bridge-it-'));
  const validated = validateConfig(
    {
      secret: SCRIPT_SECRET,
      bridgeId: 'kiosk-1',
      desk: 'Почта, 1 этаж',
      dataDir,
      pairingToken: PAIRING_TOKEN,
      bind: { host: '127.0.0.1', port: 0 },
      ...settings,
    },
    dataDir,
  );
  if (validated.status === 'error') throw new Error(validated.detail);
  const running = await startBridge(validated.response, { logger: silentLogger(), ...options });
  const auth = { authorization: `Bearer ${PAIRING_TOKEN}` };
  return {
    ...running,
    dataDir,
    auth,
    async post(path, body) {
      const response = await fetch(`${running.url}${path}`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: response.status, json: (await response.json()) as { status: string } };
    },
    async state() {
      const response = await fetch(`${running.url}/api/state`, { headers: auth });
      return ((await response.json()) as { response: { outbox: { pending: number }; link: { state: string } } }).response;
    },
    async close() {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
