import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalStack, type LocalStack } from '../../../scripts/localStack/startLocalStack';
import { parseStackOptions, type StackOptions } from '../../../scripts/localStack/stackOptions';

interface Overview {
  bitrix: { deals: { ID: string; STAGE_ID: string }[] };
  files: { id: string; name: string; mimeType: string }[];
}

const overview = async (stack: LocalStack): Promise<Overview> =>
  (await (await fetch(`${stack.urls.landing}api/overview`)).json()) as Overview;

describe('the local stack (npm start)', () => {
  let dataDir: string;
  let options: StackOptions;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'docflow-stack-'));
    const parsed = parseStackOptions(['--data', dataDir]);
    if ('error' in parsed) throw new Error(parsed.error);
    options = parsed;
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('comes up on loopback, generates documents when a deal moves to the generate stage, and keeps them across a restart', async () => {
    const first = await startLocalStack(options);
    let generated: string[];
    try {
      for (const url of Object.values(first.urls)) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
      expect(first.urls.webhook).toMatch(/\/rest\/1\/[0-9a-f]+\/$/);
      expect(first.urls.kiosk).toMatch(/\/pair\?token=[0-9a-f]{48}$/);
      // The kiosk answers with the pairing applied; the label list starts empty.
      expect((await fetch(first.urls.kiosk)).status).toBe(200);
      expect(await (await fetch(first.urls.labels)).json()).toEqual([]);
      const before = await overview(first);
      expect(before.files.map((f) => f.name)).toContain('Docflow — реестры');

      const moved = await fetch(`${first.urls.landing}api/deals/2/stage`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ stage: 'DOCS_GENERATE' }),
      });
      expect(moved.status).toBe(200);
      const answer = (await moved.json()) as { calls: { kind: string; status: number }[] };
      expect(answer.calls.some((c) => c.kind === 'robot')).toBe(true);

      const after = await overview(first);
      generated = after.files.filter((f) => f.name.includes('№') && f.mimeType.endsWith('.document')).map((f) => f.id);
      expect(generated.length).toBeGreaterThan(0);

      // A foreign barcode "scanned" from the landing page is refused by the bridge: nothing printed.
      const scan = await fetch(`${first.urls.landing}api/scan`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: '4607001234567' }),
      });
      expect(await scan.json()).toMatchObject({ status: 'error', type: 'foreign_code' });
      expect(await (await fetch(first.urls.labels)).json()).toEqual([]);
    } finally {
      await first.stop();
    }

    const second = await startLocalStack(options);
    try {
      const again = await overview(second);
      const ids = again.files.map((f) => f.id);
      for (const id of generated) expect(ids).toContain(id);
      // Setup ran again and created no second registers spreadsheet.
      expect(again.files.filter((f) => f.name === 'Docflow — реестры')).toHaveLength(1);
      // The Bitrix24 emulator kept its state too: the deal stands where the documents were made.
      const deal = (await (await fetch(`${second.urls.webhook}crm.deal.get?id=2`)).json()) as { result: { STAGE_ID: string } };
      expect(deal.result.STAGE_ID).toBe('DOCS_GENERATE');
    } finally {
      await second.stop();
    }
  }, 120_000);

  it('refuses unknown options with the usage text', () => {
    const parsed = parseStackOptions(['--colour', 'blue']);
    expect(parsed).toEqual({ error: expect.stringContaining('Unknown option --colour') });
    expect(parseStackOptions(['--landing-port', '99999'])).toEqual({ error: expect.stringContaining('is not a port') });
  });
});
