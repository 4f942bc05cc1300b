// The card's server functions (main.ts exports them): the sidebar calls them through
// google.script.run. Each returns a tagged Result and never throws across that boundary.
import { fail, type Result } from '../../shared/result';
import { generationDeps } from '../entry/services';
import { generateForDeal } from '../generation/generateForDeal';
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
 * Menu item (Docs add-on menu, the registers' Docflow menu): opens the contract card in the
 * sidebar of the Google Doc or the spreadsheet it is called from.
 * https://developers.google.com/apps-script/guides/dialogs#custom_sidebars
 */
export function showContractCard(): void {
  const page = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle('Docflow — карточка документа');
  const ui = DocumentApp.getActiveDocument() === null ? SpreadsheetApp.getUi() : DocumentApp.getUi();
  ui.showSidebar(page);
}

/** The card of `ref` (a registry number or a scanned payload), or of the document the sidebar is open on. */
export function getContractCard(ref?: unknown): Result<ContractCard, CardError> {
  return guarded('getContractCard', () => contractCard(appsCardPorts(), ref));
}

/** "Create appendix" on a contract's card: generation for the contract's deal. */
export function createAppendix(number: unknown): Result<AppendixOutcome, AppendixError> {
  return guarded('createAppendix', () => createAppendixFor(appsCardPorts(), appsGeneration, number));
}

/** The exported PDF's address, or why there is none yet. */
export function openPdf(ref?: unknown): Result<PdfLink, CardError> {
  return guarded('openPdf', () => pdfLink(appsCardPorts(), ref));
}

const appsGeneration: AppendixGenerationPort = {
  generate(dealId) {
    const deps = generationDeps();
    return deps.status === 'error' ? deps : generateForDeal(deps.response, dealId, 'manual');
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
