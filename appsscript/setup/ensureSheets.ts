import type { RegisterBookPort } from '../platform/registerBookPort';
import { REGISTER_SHEETS } from '../registers/registerSheets';
import { missingSettingRows, SETTINGS_SHEET } from '../registers/settingsSheet';

export interface SheetsOutcome {
  readonly createdSheets: readonly string[];
  /** Columns added to existing register sheets ("Документы: Причины выбора шаблона"). */
  readonly addedColumns: readonly string[];
  /** Settings keys added to the Settings sheet (its existing values are never changed). */
  readonly settingsAdded: readonly string[];
  /** Register sheets whose header no longer matches (reported, never rewritten). */
  readonly headerProblems: readonly string[];
}

/**
 * Creates the register sheets that are missing and the settings rows that are missing, and gives
 * an existing register the columns a newer Docflow added on its right (their headers only: the
 * rows below stay as they are and read as empty there). Touches nothing else.
 */
export function ensureSheets(book: RegisterBookPort, administrator: string): SheetsOutcome {
  const existing = new Set(book.sheetNames());
  const createdSheets: string[] = [];
  const addedColumns: string[] = [];
  const headerProblems: string[] = [];
  for (const sheet of REGISTER_SHEETS) {
    if (!existing.has(sheet.name)) {
      book.createSheet(sheet.name, sheet.header);
      createdSheets.push(sheet.name);
    } else if (sheet.header !== null) {
      const upgrade = upgradeHeader(book, sheet.name, sheet.header);
      if (upgrade.problem !== null) headerProblems.push(upgrade.problem);
      addedColumns.push(...upgrade.added.map((title) => `${sheet.name}: ${title}`));
    }
  }
  const settingsRows = book.readRows(SETTINGS_SHEET);
  const missing = missingSettingRows(settingsRows, administrator);
  if (missing.length > 0) book.appendRows(SETTINGS_SHEET, missing);
  return { createdSheets, addedColumns, settingsAdded: missing.map((row) => row[0] ?? ''), headerProblems };
}

/**
 * An existing sheet's header against the expected one: equal — nothing to do; a blank row — the
 * whole header is written (a sheet someone emptied); the expected header's beginning followed by
 * blank cells — a register made by an older Docflow, and the missing headers are written after it.
 * The rows are not touched: older rows read as empty in the new columns, and rows a newer Docflow
 * wrote before Setup ran again already hold their values there. Anything else is a moved or
 * renamed column: reported, never rewritten.
 */
function upgradeHeader(book: RegisterBookPort, name: string, expected: readonly string[]): { added: readonly string[]; problem: string | null } {
  const [header = []] = book.readRows(name);
  const cell = (index: number): string => String(header[index] ?? '').trim();
  const firstMissing = expected.findIndex((title, index) => cell(index) !== title);
  if (firstMissing === -1) return { added: [], problem: null };
  if (expected.some((_title, index) => index >= firstMissing && cell(index) !== '')) {
    return { added: [], problem: `Лист «${name}»: заголовки столбцов изменены; верните исходный порядок и названия.` };
  }
  const missing = expected.slice(firstMissing);
  book.writeCells(name, 1, firstMissing + 1, missing);
  return { added: firstMissing === 0 ? [] : missing, problem: null };
}
