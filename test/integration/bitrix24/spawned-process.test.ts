// The emulator as its own process (how integration tests and the local stack run it, since the
// emulated Apps Script calls it with synchronous HTTP): spawnBitrix24Emulator starts
// `node --import tsx main.ts`, reads its JSON line, and stop() ends it; main.ts also exits when its
// stdin closes, so a crashed parent leaves nothing running.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { spawnBitrix24Emulator, type SpawnedBitrix24Emulator } from '../../../scripts/emulators/bitrix24';
import { startCaptureServer, type CaptureServer } from './helpers/captureServer';
import { send } from './helpers/http';
import { testSeed } from './helpers/testSeed';

const MAIN = join(__dirname, '..', '..', '..', 'scripts', 'emulators', 'bitrix24', 'main.ts');
const TSX = pathToFileURL(require.resolve('tsx')).href;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('Bitrix24 emulator in its own process', () => {
  let emulator: SpawnedBitrix24Emulator;
  let webApp: CaptureServer;

  beforeAll(async () => {
    webApp = await startCaptureServer();
    emulator = await spawnBitrix24Emulator({
      webhookCode: 'spawned0code',
      limits: { burst: 3, drainPerSecond: 1 },
      robots: [{ stage: 'DOCS_GENERATE', url: `${webApp.url}/exec?secret=abc` }],
    });
  });
  afterAll(async () => {
    await emulator.stop();
    await webApp.close();
  });

  it('prints its URLs and serves the demo seed by default', async () => {
    expect(emulator.webhookUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/rest\/1\/spawned0code\/$/);
    expect(emulator.applicationToken).toMatch(/^[0-9a-f]{32}$/);
    const answer = await send(`${emulator.webhookUrl}crm.company.list?filter[IS_MY_COMPANY]=Y&select[]=TITLE`);
    expect(answer.json).toMatchObject({ result: [{ TITLE: 'ООО «Интеграция Плюс»' }], total: 1 });
  });

  it('moves a deal through the control API while the web app calls REST back', async () => {
    webApp.onRequest(async () => {
      const deal = await send(`${emulator.webhookUrl}crm.deal.get?id=1`);
      expect((deal.json as { result: { STAGE_ID: string } }).result.STAGE_ID).toBe('DOCS_GENERATE');
    });
    const moved = await send(`${emulator.baseUrl}/_emulator/deals/1/stage`, { json: { stage: 'DOCS_GENERATE' } });
    expect(moved.status).toBe(200);
    expect((moved.json as { calls: { kind: string; status: number }[] }).calls).toEqual([expect.objectContaining({ kind: 'robot', status: 200 })]);
    expect(webApp.requests[0]?.url).toBe('/exec?secret=abc');
  });

  it('applies the configured rate limit, and its clock is moved through the control API', async () => {
    await send(`${emulator.baseUrl}/_emulator/clock`, { json: { advanceMs: 60_000 } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await send(`${emulator.webhookUrl}user.current`)).status);
    expect(statuses).toEqual([200, 200, 200, 503]);
    await send(`${emulator.baseUrl}/_emulator/clock`, { json: { advanceMs: 1000 } });
    expect((await send(`${emulator.webhookUrl}user.current`)).status).toBe(200);
  });

  it('takes an inline seed, and stop() ends the process', async () => {
    const other = await spawnBitrix24Emulator({ seed: testSeed(), limits: false });
    const answer = await send(`${other.webhookUrl}crm.deal.get?id=3`);
    expect((answer.json as { result: { TITLE: string } }).result.TITLE).toBe('Сервисная сделка');
    await other.stop();
    expect(isRunning(other.pid)).toBe(false);
  });

  it('rejects with the validation problems when the seed is invalid', async () => {
    await expect(spawnBitrix24Emulator({ seed: { deals: [{ ID: 1 }] } })).rejects.toThrow(/deals\[0\] \(ID 1\): поле TITLE/);
  });

  it('exits with code 2 and the usage on bad arguments', async () => {
    const child = spawn(process.execPath, ['--import', TSX, MAIN, '--port', 'abc'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
    expect(code).toBe(2);
    expect(stderr).toContain('--port abc');
  });

  it('exits by itself when its stdin closes (--stdin-lifeline)', async () => {
    const child = spawn(process.execPath, ['--import', TSX, MAIN, '--no-limits', '--stdin-lifeline'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const lines = createInterface({ input: child.stdout });
    const first = await new Promise<string>((resolve) => lines.once('line', resolve));
    lines.close();
    expect(JSON.parse(first)).toHaveProperty('baseUrl');
    const closed = new Promise<number | null>((resolve) => child.once('close', resolve));
    child.stdin.end();
    expect(await closed).toBe(0);
  });
});
