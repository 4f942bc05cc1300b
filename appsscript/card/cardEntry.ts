// The card's server functions (main.ts exports them): the sidebar calls them through
// google.script.run. Each returns a tagged Result and never throws across that boundary.
import { fail, type Result } from '../../shared/result';
import { generationDeps } from '../entry/services';
import { generateAppendixForContract } from '../generation/generateAppendixForContract';
import { appsLog } from '../platform/apps/appsServices';
import { appsCardPorts } from './appsCardPorts';
import type { AppendixGenerationPort } from './cardPorts';
import type { CardError, ContractCard } from './cardTypes';
import { contractCard } from './contractCard';
import { type AppendixError, type AppendixOutcome, createAppendixFor } from './createAppendixFor';
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
 * numbered annex to this contract. `seenDealDocuments` is the card's dealDocumentCount (double clicks).
 */
export function createAppendix(number: unknown, seenDealDocuments: unknown): Result<AppendixOutcome, AppendixError> {
  return guarded('createAppendix', () => createAppendixFor(appsCardPorts(), appsGeneration, number, seenDealDocuments));
}

/** The exported PDF's address, or why there is none yet. */
export function openPdf(ref?: unknown): Result<PdfLink, CardError> {
  return guarded('openPdf', () => pdfLink(appsCardPorts(), ref));
}

const appsGeneration: AppendixGenerationPort = {
  createAppendix(request) {
    const deps = generationDeps();
    return deps.status === 'error' ? deps : generateAppendixForContract(deps.response, request);
  },
};

function guarded<T, E extends string>(name: string, work: () => Result<T, E>): Result<T, E | 'internal_error'> {
  try {
    return work();
  } catch (error) {
    appsLog.error(`${name} failed`, { error: String(error), stack: error instanceof Error ? error.stack : undefined });
    return fail('internal_error', 'Внутренняя ошибка Docflow: действие не выполнено. Повторите; если ошибка повторится, сообщите администратору (подробности в журнале выполнения).');
  }
}
