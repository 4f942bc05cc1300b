import type { Book } from './book';

// Sheet.getParent needs Spreadsheet and Spreadsheet needs Sheet: the Spreadsheet class registers here.
let makeSpreadsheet: ((book: Book) => unknown) | null = null;

export function registerSpreadsheetFactory(factory: (book: Book) => unknown): void {
  makeSpreadsheet = factory;
}

export function spreadsheetHandle(book: Book): unknown {
  if (makeSpreadsheet === null) throw new Error('Spreadsheet class not loaded');
  return makeSpreadsheet(book);
}
