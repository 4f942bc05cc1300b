// The contract card in a real browser: Debian's Chromium driven by playwright-core opens the
// sidebar page the Workspace emulator serves (Sidebar.html with its google.script.run shim, every
// call a real execution of the built bundle as that user) on the local stack, after a demo deal
// moved to the generate stage. A failing test leaves a screenshot in test-artifacts/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { openInEditor } from '../../../scripts/emulators/workspace';
import { startLocalStack, type LocalStack } from '../../../scripts/localStack/startLocalStack';
import { decodeBarcodes } from '../../helpers/zxing';

const MANAGER = 'manager@docflow.test';
const LAWYER = 'lawyer@docflow.test';
/** Deal 2 of the demo seed: a corporate website — a development contract, its technical assignment, the invoice. */
const DEAL = '2';
const ARTIFACTS = resolve(__dirname, '../../../test-artifacts');
/** Set to save a screenshot after every test, to look at the page (not only after failures). */
const ALWAYS_SCREENSHOT = process.env['DOCFLOW_SCREENSHOTS'] === 'always';

interface RegisteredDocument {
  number: string;
  kindTitle: string;
  parent: string;
  fileId: string;
  payload: string;
}

let dataDir: string;
let stack: LocalStack;
let browser: Browser;
let page: Page;
let registersId: string;
let documents: RegisteredDocument[];
const state = { passed: false, name: '' };

/** Starting the stack builds the bundle and runs Setup; generation makes three Google Docs. */
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'docflow-sidebar-'));
  stack = await startLocalStack({ json: false, seedFile: undefined, dataDir, ports: { workspace: 0, bitrix24: 0, landing: 0 } });
  registersId = stack.workspace.properties.script.get('REGISTERS_SPREADSHEET_ID') ?? '';
  // The administrator shares the registers with the staff (viewing is enough for the card).
  stack.workspace.share(registersId, MANAGER, 'reader');
  stack.workspace.share(registersId, LAWYER, 'reader');
  const moved = await fetch(new URL(`api/deals/${DEAL}/stage`, stack.urls.landing), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ stage: 'DOCS_GENERATE' }),
  });
  if (moved.status !== 200) throw new Error(`Moving deal ${DEAL} answered ${moved.status}: ${await moved.text()}`);
  documents = await registeredDocuments();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(async () => {
  state.passed = false;
  state.name = expect.getState().currentTestName ?? 'test';
  page = await browser.newPage({ viewport: { width: 300, height: 1100 }, locale: 'ru-RU' });
});

afterEach(async () => {
  if (!state.passed || ALWAYS_SCREENSHOT) {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, `sidebar-${state.name.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 80)}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
  }
  await page.close();
});

/** A test whose outcome afterEach can see: `state.passed` is set only when the body completes. */
function browserTest(name: string, body: () => Promise<void>): void {
  it(
    name,
    async () => {
      await body();
      state.passed = true;
    },
    90_000,
  );
}

/** The Documents register as the emulator shows it, the deal's rows only. */
async function registeredDocuments(): Promise<RegisteredDocument[]> {
  const url = new URL(`_workspace/sheets/${registersId}/${encodeURIComponent('Документы')}.json`, `${stack.urls.workspace.replace(/\/?$/, '/')}`);
  const [header = [], ...rows] = (await (await fetch(url)).json()) as unknown[][];
  const column = (name: string): number => header.indexOf(name);
  return rows
    .filter((row) => String(row[column('ID сделки')]) === DEAL)
    .map((row) => ({
      number: String(row[column('Рег. номер')]),
      kindTitle: String(row[column('Вид документа')]),
      parent: String(row[column('К договору')] ?? ''),
      fileId: String(row[column('ID файла')]),
      payload: String(row[column('Штрихкод')]),
    }));
}

function documentOfKind(kindTitle: string): RegisteredDocument {
  const found = documents.find((document) => document.kindTitle === kindTitle);
  if (found === undefined) throw new Error(`No ${kindTitle} among ${JSON.stringify(documents)}`);
  return found;
}

async function openSidebar(user: string, containerId: string): Promise<void> {
  const url = new URL(`_workspace/ui/Sidebar?user=${encodeURIComponent(user)}&container=${encodeURIComponent(containerId)}`, `${stack.urls.workspace.replace(/\/?$/, '/')}`);
  const response = await page.goto(url.toString());
  // The emulator answers 404 with its reason when the page is missing beside Code.js.
  if (response?.status() !== 200) throw new Error(`The sidebar page answered ${response?.status() ?? 'nothing'}: ${await page.innerText('body')}`);
}

/** Waits for the page to finish its server call (the progress indicator goes away). */
async function settled(): Promise<void> {
  await page.waitForFunction(() => document.body.getAttribute('aria-busy') === 'false');
}

async function searchFor(text: string): Promise<void> {
  await page.fill('#search-input', text);
  await page.click('#search-open');
  await settled();
}

describe('the contract card in the sidebar (Chromium, local stack)', () => {
  browserTest('the manager opens the card in the generated contract: number, draft status, barcode, reasons, the appendix, draft actions', async () => {
    const contract = documentOfKind('Договор');
    const appendix = documentOfKind('Приложение');
    expect(appendix.parent).toBe(contract.number);
    await openSidebar(MANAGER, contract.fileId);
    await settled();

    await expect(page.textContent('#number')).resolves.toBe(contract.number);
    await expect(page.textContent('#kind')).resolves.toBe('Договор');
    await expect(page.textContent('[data-status]')).resolves.toBe('Черновик');
    await expect(page.textContent('#client')).resolves.toContain('Уральские технологии');

    // The barcode is drawn, unscaled, and what is on the screen scans as the registered payload.
    const barcode = page.locator('#barcode');
    const size = await barcode.evaluate((image: HTMLImageElement) => ({ complete: image.complete, natural: image.naturalWidth, shown: image.width }));
    expect(size.complete && size.natural > 0).toBe(true);
    expect(size.shown).toBe(size.natural);
    expect(await decodeBarcodes(await page.locator('.barcode').screenshot())).toEqual([contract.payload]);

    const reasons = await page.locator('#reasons li').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.join(' ')).toContain('Сайты / Разработка');
    await expect(page.textContent('#template')).resolves.toMatch(/@\d+$/);

    const listed = page.locator(`#appendices li[data-number="${appendix.number}"]`);
    await expect(listed.textContent()).resolves.toContain('Черновик');

    // A draft: open it to the client, annul it, create an appendix — nothing of later statuses.
    for (const id of ['#action-start-review', '#action-annul', '#action-create-appendix']) expect(await page.isVisible(id)).toBe(true);
    for (const id of ['#action-send-for-signing', '#action-approve', '#action-reject', '#action-open-pdf']) expect(await page.locator(id).count()).toBe(0);
    expect(await page.isVisible('#error')).toBe(false);
  });

  browserTest('the lawyer finds the same contract by number in the registers and has none of the manager\'s actions', async () => {
    const contract = documentOfKind('Договор');
    await openSidebar(LAWYER, registersId);
    await settled();
    // No row is selected in the emulated Sheets: the card asks for a number, in Russian.
    await expect(page.textContent('#error')).resolves.toContain('введите номер документа');

    await searchFor(contract.number.toLowerCase());
    await expect(page.textContent('#number')).resolves.toBe(contract.number);
    await expect(page.textContent('[data-status]')).resolves.toBe('Черновик');
    await expect(page.textContent('#no-actions')).resolves.toContain('нет действий');
    for (const id of ['#action-start-review', '#action-annul', '#action-create-appendix', '#action-approve']) expect(await page.locator(id).count()).toBe(0);
    await expect(page.locator('#route li[data-role="lawyer"]').textContent()).resolves.toContain('Юрист');
  });

  browserTest('the appendix\'s card opens from the contract\'s list and names its contract', async () => {
    const contract = documentOfKind('Договор');
    const appendix = documentOfKind('Приложение');
    await openSidebar(MANAGER, contract.fileId);
    await settled();
    await page.click(`#appendices li[data-number="${appendix.number}"] .open-card`);
    await settled();
    await expect(page.textContent('#number')).resolves.toBe(appendix.number);
    await expect(page.locator(`#parent li[data-number="${contract.number}"]`).count()).resolves.toBe(1);
    expect(await page.locator('#action-create-appendix').count()).toBe(0);
    expect(await page.isVisible('#action-start-review')).toBe(true);
  });

  browserTest('an error from the server is shown in Russian: an unknown number, then a malformed one', async () => {
    const contract = documentOfKind('Договор');
    await openSidebar(MANAGER, contract.fileId);
    await settled();

    await searchFor('C-2026-99999');
    await expect(page.textContent('#error')).resolves.toBe('Документ № C-2026-99999 не найден в реестре «Документы». Проверьте номер.');

    await searchFor('договор Ромашки');
    await expect(page.textContent('#error')).resolves.toMatch(/латиницей/);
    // The card that was open stays as it was.
    await expect(page.textContent('#number')).resolves.toBe(contract.number);
  });

  browserTest('opening the generated Doc gives it the add-on menu; its item opens this page, which shows the Doc\'s card; the registers keep the Docflow menu', async () => {
    const contract = documentOfKind('Договор');
    const before = stack.workspace.ui.all().length;
    // The manager opens the Doc with the Editor add-on installed: onOpen(e) in AuthMode.NONE, menus only.
    const opened = await openInEditor(stack.workspaceServer.script, { user: MANAGER, containerId: contract.fileId });
    expect(opened.ok).toBe(true);
    const docMenu = stack.workspace.ui.all().slice(before).find((event) => event.kind === 'menu');
    expect(docMenu).toMatchObject({ containerId: contract.fileId, menu: { addon: true, items: [{ caption: 'Карточка документа', functionName: 'showContractCard' }] } });

    // The item runs showContractCard in the Doc, then in the registers: a sidebar each time.
    await stack.workspaceServer.script.run('showContractCard', [], { user: MANAGER, containerId: contract.fileId, kind: 'ui' });
    await stack.workspaceServer.script.run('showContractCard', [], { user: MANAGER, containerId: registersId, kind: 'ui' });
    const sidebars = stack.workspace.ui.all().slice(before).filter((event) => event.kind === 'sidebar');
    expect(sidebars.map((sidebar) => sidebar.containerId)).toEqual([contract.fileId, registersId]);
    for (const sidebar of sidebars) {
      expect(sidebar).toMatchObject({ title: 'Docflow — карточка документа' });
      expect(JSON.stringify(sidebar)).toContain('getContractCard');
    }
    // That page, open in the Doc, shows the Doc's own card.
    await openSidebar(MANAGER, contract.fileId);
    await settled();
    await expect(page.textContent('#number')).resolves.toBe(contract.number);

    await openInEditor(stack.workspaceServer.script, { user: MANAGER, containerId: registersId });
    const menu = stack.workspace.ui.all().filter((event) => event.kind === 'menu').pop();
    expect(menu).toMatchObject({ containerId: registersId, menu: { name: 'Docflow' } });
    expect(JSON.stringify(menu)).toContain('showContractCard');
  });

  // Last: it changes the contract's status.
  browserTest('a button runs its action with a progress indicator, then the card shows the new state', async () => {
    const contract = documentOfKind('Договор');
    await openSidebar(MANAGER, contract.fileId);
    await settled();
    // Hold the server call, to see the page while it runs.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_workspace/run', async (route) => {
      await held;
      await route.continue();
    });
    await page.click('#action-start-review');
    await page.waitForSelector('#progress.active');
    await expect(page.textContent('#busy')).resolves.toBe('Открываю документ клиенту…');
    expect(await page.isDisabled('#action-start-review')).toBe(true);
    expect(await page.isDisabled('#action-annul')).toBe(true);
    release();
    await page.waitForSelector('#notice', { timeout: 60_000 });
    await settled();
    await expect(page.textContent('#notice')).resolves.not.toBe('');
    await expect(page.textContent('[data-status]')).resolves.toBe('На согласовании у клиента');
    expect(await page.locator('#action-start-review').count()).toBe(0);
    expect(await page.isVisible('#action-send-for-signing')).toBe(true);
  });
});
