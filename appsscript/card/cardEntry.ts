// The card's server functions (main.ts exports them): the sidebar calls them through
// google.script.run. Each returns a tagged Result and never throws across that boundary.
import { fail, ok, type Result } from '../../shared/result';
import { requestStaffAction } from '../access/staffEntry';
import { appsLog } from '../platform/apps/appsServices';
import { appsCardPorts } from './appsCardPorts';
import type { CardError, ContractCard } from './cardTypes';
import { contractCard } from './contractCard';
import type { AppendixOutcome } from './createAppendixFor';
import { isAppendixOutcome } from './isAppendixOutcome';
import { type PdfLink, pdfLink } from './pdfLink';

/** The sidebar page: appsscript/sidebar/Sidebar.html, copied flat beside Code.js. */
const SIDEBAR_FILE = 'Sidebar';

/**
 * Menu item (the Docs add-on menu, the registers' Docflow menu): opens the contract card in the
 * sidebar of the Google Doc or the spreadsheet it is called from.
 * https://developers.google.com/apps-script/guides/dialogs#custom_sidebars
 */
export function showContractCard(): void {
  const page = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle('Docflow — карточка документа');
  (inGoogleDoc() ? DocumentApp.getUi() : SpreadsheetApp.getUi()).showSidebar(page);
}

/**
 * Is this execution in a Google Doc? DocumentApp.getActiveDocument() answers null outside one
 * (https://developers.google.com/apps-script/reference/document/document-app#getActiveDocument()),
 * but an add-on executing in Sheets may lack the Docs scope for it and throw instead: either way,
 * not a Doc.
 */
function inGoogleDoc(): boolean {
  try {
    return DocumentApp.getActiveDocument() !== null;
  } catch {
    return false;
  }
}

/** The card of `ref` (a registry number or a scanned payload), or of the document the sidebar is open on. */
export function getContractCard(ref?: unknown): Result<ContractCard, CardError> {
  return guarded('getContractCard', () => contractCard(appsCardPorts(), ref));
}

/**
 * «Создать приложение» on a contract's card: what the catalogue makes for the deal, else the next
 * numbered annex to this contract. `number` is the card's registry number; `seenDealDocuments` its
 * dealDocumentCount (double clicks). It travels like the lifecycle buttons: signed, to the web app,
 * which checks that the person is the contract's responsible manager and generates as the script
 * owner (access/staffChannel.ts) — the manager needs no access to the templates or the folders.
 */
export function createAppendix(number: unknown, seenDealDocuments: unknown): Result<AppendixOutcome, string> {
  return guarded('createAppendix', () => {
    const answer = requestStaffAction({ action: 'create_appendix', number, seenDealDocuments });
    if (answer.status === 'error') return answer;
    if (isAppendixOutcome(answer.response)) return ok(answer.response);
    appsLog.error('createAppendix: the web app answered without the documents', { response: answer.response });
    return fail('internal_error', 'Веб-приложение Docflow ответило не так, как ожидалось. Обновите карточку: приложение могло быть сформировано. Администратору: проверьте развёртывание веб-приложения.');
  });
}

/** The exported PDF's address, or why there is none yet. */
export function openPdf(ref?: unknown): Result<PdfLink, CardError> {
  return guarded('openPdf', () => pdfLink(appsCardPorts(), ref));
}

function guarded<T, E extends string>(name: string, work: () => Result<T, E>): Result<T, E | 'internal_error'> {
  try {
    return work();
  } catch (error) {
    appsLog.error(`${name} failed`, { error: String(error), stack: error instanceof Error ? error.stack : undefined });
    return fail('internal_error', 'Внутренняя ошибка Docflow: действие не выполнено. Повторите; если ошибка повторится, сообщите администратору (подробности в журнале выполнения).');
  }
}
