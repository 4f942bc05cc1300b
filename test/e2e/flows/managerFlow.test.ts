// The manager's flow end to end, in Debian's Chromium on the local stack: a Bitrix24 licence deal
// moved to «Формирование документов» on the landing page → its documents are registered → the
// manager opens the contract's card and sends the documents to the client, then for signing →
// each approver approves in their own sidebar, in the route's order → the office bridge prints
// the approved documents on the duplex printer (CUPS's ippeveprinter), two-sided.
import type { Browser, Page } from 'playwright-core';
import { DEMO_PEOPLE } from '../../../scripts/localStack/demoPeople';
import { launchChromium } from '../helpers/browser';
import { startE2eStack, type E2eStack } from '../helpers/e2eStack';
import { editDocumentText } from '../helpers/editDocumentText';
import { flowSteps } from '../helpers/flowSteps';
import { printerJobs } from '../helpers/ippJobs';
import { personForRole } from '../helpers/people';
import { registeredDocuments, type RegisteredDocument } from '../helpers/registeredDocuments';
import { cardRoute, cardStatus, openSidebar, runAction } from '../helpers/sidebar';
import { isSpooledJob, spooledFiles } from '../helpers/spool';
import { waitFor } from '../helpers/waitFor';

/** Deal 1 of the demo seed: Bitrix24 Professional licences and CRM implementation for «СеверСтрой». */
const DEAL = '1';
const MANAGER = DEMO_PEOPLE.manager;

let e2e: E2eStack;
let browser: Browser;
let page: Page | undefined;
let documents: RegisteredDocument[] = [];
/** Documents that went through internal approval (they are the ones the office prints). */
const approved: RegisteredDocument[] = [];

beforeAll(async () => {
  e2e = await startE2eStack('manager');
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1200, height: 1100 }, locale: 'ru-RU' });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await e2e?.stop();
});

function currentPage(): Page {
  if (page === undefined) throw new Error('The browser page is not open');
  return page;
}

function documentOfKind(kindTitle: string): RegisteredDocument {
  const found = documents.find((document) => document.kindTitle === kindTitle);
  if (found === undefined) throw new Error(`Deal ${DEAL} has no «${kindTitle}» among ${JSON.stringify(documents)}`);
  return found;
}

async function refreshDocuments(): Promise<void> {
  documents = await registeredDocuments(e2e, DEAL);
}

/** The «Очередь печати» sheet as JSON text, for a failure message. */
async function printQueue(): Promise<string> {
  const url = new URL(`_workspace/sheets/${e2e.registersId}/${encodeURIComponent('Очередь печати')}.json`, e2e.workspaceBase);
  return (await fetch(url)).text();
}

describe('manager flow: from the generate stage to a duplex print (Chromium, local stack)', () => {
  const step = flowSteps('manager-flow', () => page);

  step('the manager moves the deal to «Формирование документов» on the landing page and its documents appear', async () => {
    const view = currentPage();
    await view.goto(e2e.stack.urls.landing);
    // The deal's row: its first cell is the deal's id. (The select's aria-label is assigned as a
    // property by the landing page's `el()` helper, so it is not an attribute to select by.)
    const dealRow = view.locator('#deals tr').filter({ has: view.locator('td:first-child', { hasText: new RegExp(`^${DEAL}$`) }) });
    await dealRow.locator('select').selectOption('DOCS_GENERATE');
    await dealRow.getByRole('button', { name: 'Перевести' }).click();
    await view.waitForFunction((deal) => (document.getElementById('move-status')?.textContent ?? '').startsWith(`Сделка ${deal}: стадия DOCS_GENERATE`), DEAL, { timeout: 180_000 });

    documents = await waitFor(`documents of deal ${DEAL} in the Documents register`, async () => {
      const rows = await registeredDocuments(e2e, DEAL);
      return rows.length > 0 ? rows : undefined;
    });
    const contract = documentOfKind('Договор');
    expect(contract.status).toBe('Черновик');
    // The landing page's API lists every registered document with its barcode payload.
    const listed = (await (await fetch(new URL('api/documents', e2e.stack.urls.landing))).json()) as { payload: string }[];
    expect(listed.map((item) => item.payload)).toEqual(expect.arrayContaining(documents.map((document) => document.payload)));
  });

  step('the manager opens the contract card and sends the deal\'s documents to the client for review', async () => {
    const view = currentPage();
    const contract = documentOfKind('Договор');
    await openSidebar(view, e2e, MANAGER, contract.fileId);
    await expect(view.textContent('#number')).resolves.toBe(contract.number);
    await expect(cardStatus(view)).resolves.toBe('Черновик');
    await runAction(view, '#action-start-review');
    await expect(cardStatus(view)).resolves.toBe('На согласовании у клиента');
    // Every other document of the deal that the manager may open to the client, from its own card.
    for (const document of documents.filter((item) => item.number !== contract.number)) {
      await openSidebar(view, e2e, MANAGER, document.fileId);
      if ((await view.locator('#action-start-review').count()) > 0) await runAction(view, '#action-start-review');
    }
    await refreshDocuments();
    expect(documentOfKind('Договор').status).toBe('На согласовании у клиента');
  });

  step('the client asks for a change and the manager edits the contract and its annexes (so they need internal approval)', async () => {
    // Unchanged documents pass the conformance check and are approved at once; a changed clause
    // sends the document along its approval route (appsscript/review/sendDealForSigning.ts).
    for (const document of documents.filter((item) => item.status === 'На согласовании у клиента' && item.kindTitle !== 'Счёт')) {
      editDocumentText(e2e.stack.workspace, document.fileId, ' Срок оплаты по просьбе клиента — 10 рабочих дней.');
    }
  });

  step('the manager sends the documents for signing: they go to internal approval', async () => {
    const view = currentPage();
    const contract = documentOfKind('Договор');
    await openSidebar(view, e2e, MANAGER, contract.fileId);
    await runAction(view, '#action-send-for-signing');
    for (const document of documents.filter((item) => item.number !== contract.number)) {
      await openSidebar(view, e2e, MANAGER, document.fileId);
      if ((await view.locator('#action-send-for-signing').count()) > 0) await runAction(view, '#action-send-for-signing');
    }
    await refreshDocuments();
    expect(documentOfKind('Договор').status).toBe('На внутреннем согласовании');
  });

  step('each approver approves in their own sidebar, in the route\'s order, and nobody can jump the queue', async () => {
    const view = currentPage();
    const onApproval = documents.filter((document) => document.status === 'На внутреннем согласовании');
    expect(onApproval.map((document) => document.kindTitle)).toContain('Договор');
    for (const document of onApproval) {
      await openSidebar(view, e2e, MANAGER, document.fileId);
      const route = await cardRoute(view);
      const pending = route.filter((item) => !/\bapproved\b/.test(item.state)).map((item) => item.role);
      expect(pending.length).toBeGreaterThan(0);
      for (const [index, role] of pending.entries()) {
        const next = pending[index + 1];
        if (next !== undefined) {
          // The one after this approver sees the document but has no decision to make yet.
          await openSidebar(view, e2e, personForRole(next), document.fileId);
          expect(await view.locator('#action-approve').count()).toBe(0);
        }
        await openSidebar(view, e2e, personForRole(role), document.fileId);
        await expect(view.getAttribute('#route li.current', 'data-role')).resolves.toBe(role);
        await view.fill('#decision-comment', `Согласовано (${role})`);
        await runAction(view, '#action-approve');
        await expect(view.getAttribute(`#route li[data-role="${role}"]`, 'class')).resolves.toMatch(/\bapproved\b/);
      }
      await expect(cardStatus(view)).resolves.toMatch(/^(Утверждён|Напечатан)$/);
      approved.push(document);
    }
  });

  step('the office bridge prints every approved document on the duplex printer, two-sided', async () => {
    const printer = e2e.stack.duplexPrinter;
    if (printer === undefined) throw new Error('ippeveprinter is not installed (apt-get install cups-ipp-utils): the local stack has no duplex printer to print on.');
    const printed = await waitFor(
      `print jobs of ${approved.map((document) => document.number).join(', ')} in ${printer.spoolDir}`,
      () => {
        const files = spooledFiles(printer.spoolDir);
        return approved.every((document) => files.some((file) => isSpooledJob(file, document.number))) ? files : undefined;
      },
      120_000,
    ).catch(async (error: unknown) => {
      throw new Error(`${error instanceof Error ? error.message : String(error)}\nSpooled: ${JSON.stringify(spooledFiles(printer.spoolDir))}\nPrint queue register: ${await printQueue()}\nBridge log (tail):\n${e2e.stack.bridge.log().slice(-4000)}`);
    });
    for (const document of approved) expect(printed.filter((file) => isSpooledJob(file, document.number) && file.endsWith('.pdf'))).toHaveLength(1);

    // The printer recorded how each job was to be printed: both sides, long edge.
    const jobs = await printerJobs(printer.port, printer.uri);
    for (const document of approved) {
      const job = jobs.find((item) => item.name.toLowerCase().includes(document.number.toLowerCase()));
      if (job === undefined) throw new Error(`ippeveprinter lists no job named ${document.number}: ${JSON.stringify(jobs)}`);
      expect(job).toMatchObject({ sides: 'two-sided-long-edge' });
    }
    // The register says «Напечатан» once the bridge acknowledged the job (after the printer took it).
    await waitFor('«Напечатан» in the Documents register for every printed document', async () => {
      await refreshDocuments();
      return approved.every((document) => documents.find((item) => item.number === document.number)?.status === 'Напечатан') ? true : undefined;
    }, 60_000).catch((error: unknown) => {
      throw new Error(`${error instanceof Error ? error.message : String(error)}: ${JSON.stringify(documents.map((item) => [item.number, item.status]))}`);
    });
  });
});
