// Starts an in-process emulator for a test file and gives short helpers for REST and control calls.
import { startBitrix24Emulator, type Bitrix24EmulatorOptions, type RunningBitrix24Emulator } from '../../../../scripts/emulators/bitrix24';
import { send, type HttpAnswer, type SendOptions } from './http';
import { testSeed } from './testSeed';

export const WEBHOOK_CODE = 'test0code0123456';

export interface TestEmulator extends RunningBitrix24Emulator {
  /** POSTs JSON params to a REST method. */
  rest(method: string, params?: Record<string, unknown>): Promise<HttpAnswer>;
  /** Calls the control API: control('POST', 'deals/1/stage', { stage: 'WON' }). */
  control(method: string, path: string, body?: unknown): Promise<HttpAnswer>;
  state(): Promise<EmulatorState>;
}

export interface EmulatorState {
  deals: Record<string, unknown>[];
  timeline: Record<string, unknown>[];
  notifications: Record<string, unknown>[];
  requests: { total: number; byMethod: Record<string, number>; methodCalls: Record<string, number>; rejected: Record<string, number> };
  outbound: Record<string, unknown>[];
  [key: string]: unknown;
}

export async function startTestEmulator(options: Partial<Bitrix24EmulatorOptions> = {}): Promise<TestEmulator> {
  const emulator = await startBitrix24Emulator({ seed: testSeed(), webhookCode: WEBHOOK_CODE, limits: false, ...options });
  const control = (method: string, path: string, body?: unknown): Promise<HttpAnswer> => {
    const opts: SendOptions = { method };
    if (body !== undefined) opts.json = body;
    return send(`${emulator.baseUrl}/_emulator/${path}`, opts);
  };
  return {
    ...emulator,
    rest: (method, params = {}) => send(`${emulator.webhookUrl}${method}`, { json: params }),
    control,
    state: async () => (await control('GET', 'state')).json as EmulatorState,
  };
}
