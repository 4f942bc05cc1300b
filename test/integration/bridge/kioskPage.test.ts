/**
 * The kiosk page in a real browser (Debian's Chromium driven by playwright-core): paired
 * through /pair, it follows the bridge over the WebSocket, turns a keyboard-wedge scanner's fast
 * keystrokes into scans (and a person's slow typing into nothing), shows the document, the
 * addressee and the label preview, and switches modes. A failing test leaves a screenshot in
 * test-artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { entry, payloadOf, ROMASHKA } from '../../unit/bridge/server/helpers/documents';
import { FakeScript, type FakeScriptServer, startFakeScriptServer } from './helpers/fakeScript';
import { PAIRING_TOKEN, startTestServer, type TestServer } from './helpers/runningBridge';
import { startRawPrinter, type RawPrinter } from '../../helpers/rawPrinter';
import { scannerTypes } from '../../helpers/scannerTypes';

const ARTIFACTS = resolve(__dirname, '../../../test-artifacts');

describe('the kiosk page in Chromium', () => {
  let script: FakeScript;
  let scriptServer: FakeScriptServer;
  let printer: RawPrinter;
  let bridge: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    script = new FakeScript();
    script.upsert(entry('C-2026-00042', ROMASHKA));
    scriptServer = await startFakeScriptServer(script);
    printer = await startRawPrinter();
    bridge = await startTestServer({
      scriptUrl: scriptServer.url,
      devices: { labelPrinter: { format: 'zpl', host: '127.0.0.1', port: printer.port } },
    });
    await bridge.runtime.syncIndex();
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    page = await browser.newPage();
  }, 60_000);

  afterEach(async () => {
    const state = expect.getState();
    if (state.assertionCalls > 0 && state.numPassingAsserts < state.assertionCalls) {
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: join(ARTIFACTS, `kiosk-${(state.currentTestName ?? 'test').replace(/\W+/g, '-')}.png`) });
    }
  });

  afterAll(async () => {
    await browser?.close();
    await bridge?.close();
    await printer?.stop();
    await scriptServer?.stop();
  });

  async function bridgeState(): Promise<{ scans: { code: string; source: string }[] }> {
    const response = await fetch(`${bridge.url}/api/state`, { headers: bridge.auth });
    return ((await response.json()) as { response: { scans: { code: string; source: string }[] } }).response;
  }

  it('sends an unpaired browser to the pairing page, and pairs with the code', async () => {
    await page.goto(bridge.url);
    expect(new URL(page.url()).pathname).toBe('/pair');
    await page.fill('#token', PAIRING_TOKEN);
    await page.click('button[type=submit]');
    await page.waitForURL(`${bridge.url}/`);
    await page.waitForFunction(() => document.getElementById('badge-feed')?.textContent?.includes('на связи') === true);
    expect(await page.textContent('#desk')).toBe('Почта, 1 этаж');
  });

  it('takes a scanner’s fast keystrokes as a scan: document, addressee and the printed label', async () => {
    await scannerTypes(page, payloadOf('C-2026-00042'));
    await page.waitForSelector('#last-scan .verdict.ok');
    expect(await page.textContent('#last-scan .verdict')).toContain('Новый конверт');
    expect(await page.textContent('#last-scan .doc')).toBe('Договор №\u00a02026-00042');
    expect(await page.textContent('#last-scan .addressee')).toBe('ООО «Ромашка»\nул. Ленина, д.\u00a01, оф.\u00a05\nг. Москва\n101000');
    await page.waitForFunction(() => {
      const image = document.querySelector<HTMLImageElement>('#last-scan img.label-preview');
      return image !== null && image.complete && image.naturalWidth > 0;
    });
    expect(await page.isVisible('#envelope')).toBe(true);
    // The number form 107 and the Correspondence register will carry.
    expect(await page.textContent('#envelope-number')).toMatch(/^№ [A-Za-z0-9_-]+-000001$/);
    await printer.waitForJobs(1);
  });

  it('says why a document the bridge does not hold prints nothing, in the register’s words', async () => {
    script.statuses.set('C-2026-00043', 'internal_approval');
    await scannerTypes(page, payloadOf('C-2026-00043'));
    await page.waitForFunction(() => document.querySelector('#last-scan .detail')?.textContent?.includes('2026-00043') === true);
    expect(await page.textContent('#last-scan .verdict')).toBe('Документ ещё не готов к отправке');
    expect(await page.textContent('#last-scan .detail')).toMatch(/в статусе «На внутреннем согласовании»/);
    // Nothing printed, and the open envelope is still the first one.
    expect(await page.textContent('#envelope-number')).toMatch(/-000001$/);
  });

  it('ignores a person typing slowly, Enter included, and says a foreign code is not ours', async () => {
    const scansBefore = (await bridgeState()).scans.length;
    await page.keyboard.type('DFC2600042', { delay: 150 });
    await page.keyboard.press('Enter');
    await scannerTypes(page, '4607001234567');
    await page.waitForSelector('#last-scan .verdict.bad');
    expect(await page.textContent('#last-scan .verdict')).toBe('Чужой штрихкод');
    // Only the scanner's code reached the bridge: the typing before it was not taken for a scan.
    const scans = (await bridgeState()).scans;
    expect(scans).toHaveLength(scansBefore + 1);
    expect(scans[0]).toMatchObject({ code: '4607001234567', source: 'wedge' });
  });

  it('switches to incoming mode', async () => {
    await page.click('#mode-incoming');
    await page.waitForSelector('#mode-incoming.active');
    expect(await page.isVisible('#envelope')).toBe(false);
  });
});
