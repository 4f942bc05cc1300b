// The request-intensity limit. Reference: limits.md, "Request Intensity Limits" (bitrix24/b24restdocs):
// a leaky bucket; over the threshold a request gets 503 QUERY_LIMIT_EXCEEDED; the counter drains
// by Y per second (ordinary plans: X = 50, Y = 2); a batch is one request.
// Time is the emulator's clock, moved by the test: no wall-clock waiting, no timed assertions.
import { startTestEmulator, type TestEmulator } from './helpers/emulator';

describe('Bitrix24 emulator: rate limit', () => {
  let emulator: TestEmulator;
  let nowMs = 1_800_000_000_000;

  beforeAll(async () => {
    emulator = await startTestEmulator({ limits: { burst: 5, drainPerSecond: 2 }, clock: () => nowMs });
  });
  afterAll(() => emulator.close());

  const statusOf = async (): Promise<number> => (await emulator.rest('crm.deal.get', { id: 1 })).status;

  it('serves a burst up to the threshold, then answers 503 QUERY_LIMIT_EXCEEDED', async () => {
    for (let i = 0; i < 5; i++) expect(await statusOf()).toBe(200);
    const refused = await emulator.rest('crm.deal.get', { id: 1 });
    expect(refused.status).toBe(503);
    expect(refused.json).toEqual({ error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' });
    expect(await statusOf()).toBe(503); // a refused request adds nothing, but nothing has drained yet
  });

  it('recovers as the bucket drains: one request per 1/drain seconds', async () => {
    nowMs += 400; // 0.8 of a request drained
    expect(await statusOf()).toBe(503);
    nowMs += 100; // now a whole request
    expect(await statusOf()).toBe(200);
    expect(await statusOf()).toBe(503);
    nowMs += 2500; // 5 drained: a full burst again
    for (let i = 0; i < 5; i++) expect(await statusOf()).toBe(200);
    expect(await statusOf()).toBe(503);
  });

  it('counts a batch of many commands as one request', async () => {
    nowMs += 10_000;
    const cmd: Record<string, string> = {};
    for (let i = 0; i < 20; i++) cmd[`c${i}`] = 'crm.deal.get?id=1';
    for (let i = 0; i < 5; i++) expect((await emulator.rest('batch', { cmd })).status).toBe(200);
    expect((await emulator.rest('batch', { cmd })).status).toBe(503);
  });

  it('can be reconfigured or turned off through the control API', async () => {
    await emulator.control('POST', 'limits', { enabled: false });
    for (let i = 0; i < 60; i++) expect(await statusOf()).toBe(200);
    await emulator.control('POST', 'limits', { burst: 2, drainPerSecond: 1 });
    expect(await statusOf()).toBe(200);
    expect(await statusOf()).toBe(200);
    expect(await statusOf()).toBe(503);
    const advanced = await emulator.control('POST', 'clock', { advanceMs: 1000 });
    expect(advanced.status).toBe(200);
    expect(await statusOf()).toBe(200);
  });
});
