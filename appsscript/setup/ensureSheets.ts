import type { RegisterBookPort } from '../platform/registerBookPort';
import { REGISTER_SHEETS } from '../registers/registerSheets';
import { missingSettingRows, SETTINGS_SHEET } from '../registers/settingsSheet';

export interface SheetsOutcome {
  readonly createdSheets: readonly string[];
  /** Settings keys added to the Settings sheet (its existing values are never changed). */
  readonly settingsAdded: readonly string[];
  /** Register sheets whose header no longer matches (reported, never rewritten). */
  readonly headerProblems: readonly string[];
}

/** Creates the register sheets that are missing and the settings rows that are missing; touches nothing else. */
export function ensureSheets(book: RegisterBookPort, administrator: string): SheetsOutcome {
  const existing = new Set(book.sheetNames());
  const createdSheets: string[] = [];
  const headerProblems: string[] = [];
  for (const sheet of REGISTER_SHEETS) {
    if (!existing.has(sheet.name)) {
      book.createSheet(sheet.name, sheet.header);
      createdSheets.push(sheet.name);
    } else if (sheet.header !== null) {
      const [header = []] = book.readRows(sheet.name);
      const matches = sheet.header.every((title, index) => String(header[index] ?? '').trim() === title);
      if (!matches && header.some((cell) => String(cell ?? '') !== '')) {
        headerProblems.push(`Лист «${sheet.name}»: заголовки столбцов изменены; верните исходный порядок и названия.`);
      } else if (!matches) {
        book.writeCells(sheet.name, 1, 1, sheet.header);
      }
    }
  }
  const settingsRows = book.readRows(SETTINGS_SHEET);
  const missing = missingSettingRows(settingsRows, administrator);
  if (missing.length > 0) book.appendRows(SETTINGS_SHEET, missing);
  return { createdSheets, settingsAdded: missing.map((row) => row[0] ?? ''), headerProblems };
}
