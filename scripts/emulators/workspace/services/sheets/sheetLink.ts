import type { Book } from './book';

// Range.getSheet needs Sheet and Sheet needs Range: the Sheet class registers itself here.
let makeSheet: ((book: Book, sheetId: number) => unknown) | null = null;

export function registerSheetFactory(factory: (book: Book, sheetId: number) => unknown): void {
  makeSheet = factory;
}

export function sheetHandle(book: Book, sheetId: number): unknown {
  if (makeSheet === null) throw new Error('Sheet class not loaded');
  return makeSheet(book, sheetId);
}
