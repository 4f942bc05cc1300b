// The mail desk end to end, in Debian's Chromium on the local stack: the deal's documents are
// generated and approved (through the same server functions the sidebar calls), then the office
// manager works the kiosk with a keyboard-wedge scanner — outgoing: the label prints (captured by
// the simulated ZPL printer, its barcode decodes to the document's payload) and the inventory list
// prints on the duplex printer; incoming: each signed copy scanned back → the deal is won in the
// Bitrix24 emulator.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PEOPLE } from '../../../scripts/localStack/demoPeople';
import { decodeBarcodes } from '../../helpers/zxing';
import { launchChromium } from '../helpers/browser';
import { startE2eStack, type E2eStack } from '../helpers/e2eStack';
import { flowSteps } from '../helpers/flowSteps';
import { correspondenceRows, registeredDocuments, type RegisteredDocument } from '../helpers/registeredDocuments';
import { spooledFiles } from '../helpers/spool';
import { waitFor } from '../helpers/waitFor';
import { scannerTypes } from '../../helpers/scannerTypes';

/** Deal 1 of the demo seed: Bitrix24 Professional licences and CRM implementation for «СеверСтрой». */
const DEAL = '1';
const MANAGER = DEMO_PEOPLE.manager;

let e2e: E2eStack;
let browser: Browser;
let page: Page | undefined;
let documents: RegisteredDocument[] = [];
/** The documents that go out by post (and whose signed copies come back). */
let mailed: RegisteredDocument[] = [];

beforeAll(async () => {
  e2e = await startE2eStack('maildesk');
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'ru-RU' });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await e2e?.stop();
});

function currentPage(): Page {
  if (page === undefined) throw new Error('The browser page is not open');
  return page;
}

/** Runs a sidebar server function as the manager; a tagged error fails with its Russian detail. */
async function asManager(fn: string, ...args: unknown[]): Promise<void> {
  const answer = (await e2e.stack.workspaceServer.script.run(fn, args, { user: MANAGER, kind: 'ui' })) as { status?: string; detail?: string };
  if (answer.status !== 'success') throw new Error(`${fn}(${args.join(', ')}) answered: ${JSON.stringify(answer)}`);
}

/** A keyboard-wedge scan: the scanner types the code fast and presses Enter. */
async function wedgeScan(view: Page, code: string): Promise<void> {
  const before = await view.locator('#recent li').count();
  await scannerTypes(view, code);
  // One scan at a time, as a person scans: wait until the kiosk listed this one.
  await view.waitForFunction((count) => document.querySelectorAll('#recent li').length > count, before, { timeout: 30_000 });
}

async function dealStage(): Promise<string> {
  const state = (await (await fetch(`${e2e.stack.urls.bitrix24}/_emulator/state`)).json()) as { deals: { ID: string; STAGE_ID: string }[] };
  return state.deals.find((deal) => String(deal.ID) === DEAL)?.STAGE_ID ?? '';
}

describe('mail desk: outgoing label and inventory list, incoming signed copies complete the deal (Chromium, local stack)', () => {
  const step = flowSteps('mail-desk', () => page);

  step('the deal\'s documents are generated, reviewed and approved (unchanged documents are approved at once)', async () => {
    const moved = await fetch(new URL(`api/deals/${DEAL}/stage`, e2e.stack.urls.landing), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ stage: 'DOCS_GENERATE' }),
    });
    if (moved.status !== 200) throw new Error(`Moving deal ${DEAL} answered ${moved.status}: ${await moved.text()}`);
    documents = await waitFor(`documents of deal ${DEAL}`, async () => {
      const rows = await registeredDocuments(e2e, DEAL);
      return rows.length > 0 ? rows : undefined;
    });
    for (const document of documents) await asManager('startClientReview', document.number);
    for (const document of documents) await asManager('sendForSigning', document.number);
    documents = await registeredDocuments(e2e, DEAL);
    mailed = documents.filter((document) => !document.kindTitle.startsWith('Счёт'));
    for (const document of mailed) expect(document.status).toMatch(/^(Утверждён|Напечатан)$/);
  });

  step('outgoing mode: a wedge scan prints the label, whose barcode decodes to the document\'s payload', async () => {
    const view = currentPage();
    await view.goto(e2e.stack.urls.kiosk);
    await view.click('#mode-outgoing');
    const before = (await e2e.stack.labelPrinter.labels()).length;
    const [first] = mailed;
    if (first === undefined) throw new Error('No document of the deal goes out by post');
    await wedgeScan(view, first.payload);
    const labels = await waitFor('a label on the simulated ZPL printer', async () => {
      const all = await e2e.stack.labelPrinter.labels();
      return all.length > before ? all : undefined;
    }, 60_000).catch(async (error: unknown) => {
      throw new Error(`${error instanceof Error ? error.message : String(error)}\nKiosk says: ${await view.innerText('#last-scan')}\nRejected: ${await view.innerText('#rejected').catch(() => '')}`);
    });
    const label = labels[labels.length - 1] as { png: string };
    expect(await decodeBarcodes(Buffer.from(label.png, 'base64'))).toContain(first.payload);
    // The other documents for the same client go into the same envelope: no second label.
    for (const document of mailed.slice(1)) await wedgeScan(view, document.payload);
    await view.waitForFunction((count) => document.querySelectorAll('#envelope-documents li').length >= count, mailed.length, { timeout: 60_000 });
  });

  step('closing the envelope prints the inventory list on the duplex printer', async () => {
    const view = currentPage();
    const printer = e2e.stack.duplexPrinter;
    if (printer === undefined) throw new Error('ippeveprinter is not installed (apt-get install cups-ipp-utils): no inventory list can print.');
    const envelopeNumber = (await view.innerText('#envelope-number')).replace(/^№\s*/, '').trim();
    expect(envelopeNumber).toMatch(/^[A-Za-z0-9_-]+-\d{6}$/);
    await view.click('#close-envelope');
    // ippeveprinter names the file after the job («Опись <envelope>»), Cyrillic replaced by «_»;
    // the approved documents' own print jobs land in the same spool, in any order.
    const formFile = await waitFor('the inventory list (form 107) in the spool', () => spooledFiles(printer.spoolDir).find((file) => file.endsWith(`_${envelopeNumber.toLowerCase().replace(/[^a-z0-9-]/g, '_')}.pdf`)), 60_000).catch((error: unknown) => {
      throw new Error(`${error instanceof Error ? error.message : String(error)}\nSpooled: ${JSON.stringify(spooledFiles(printer.spoolDir))}\nBridge log (tail):\n${e2e.stack.bridge.log().slice(-3000)}`);
    });
    // The form carries the envelope's number, and so does every Correspondence row of its documents.
    const form = execFileSync('pdftotext', ['-layout', join(printer.spoolDir, formFile), '-'], { encoding: 'utf8' });
    expect(form).toContain('ОПИСЬ');
    expect(form).toContain(`Конверт ${envelopeNumber}`);
    const rows = await waitFor('the envelope in the Correspondence register', async () => {
      const found = (await correspondenceRows(e2e)).filter((row) => mailed.some((document) => document.number === row.documentNumber));
      return found.length === mailed.length ? found : undefined;
    }, 60_000);
    expect(rows.map((row) => row.envelopeId)).toEqual(mailed.map(() => envelopeNumber));
  });

  step('incoming mode: scanning every signed copy back completes the deal in Bitrix24', async () => {
    const view = currentPage();
    await view.click('#mode-incoming');
    for (const document of mailed) await wedgeScan(view, document.payload);
    await waitFor(`deal ${DEAL} at stage WON in the Bitrix24 emulator`, async () => ((await dealStage()) === 'WON' ? true : undefined), 90_000).catch(async (error: unknown) => {
      const rows = await registeredDocuments(e2e, DEAL);
      throw new Error(`${error instanceof Error ? error.message : String(error)}\nDeal stage: ${await dealStage()}\nDocuments: ${JSON.stringify(rows.map((row) => [row.number, row.status]))}\nKiosk: ${await view.innerText('#last-scan')}\nRejected: ${await view.innerText('#rejected').catch(() => '')}`);
    });
    // The last return's ack carries the registers' word on the deal, and the kiosk shows it.
    await waitFor('the kiosk says the deal is complete', async () => ((await view.innerText('#last-scan')).includes(`Сделка ${DEAL}: все подписанные документы вернулись.`) ? true : undefined), 10_000);
  });
});
