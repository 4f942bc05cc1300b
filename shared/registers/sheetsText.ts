/**
 * How a string from the CRM (or any person) gets into a register cell as inert text.
 *
 * Range.setValues treats a string the way the Sheets UI treats typing: "=…" becomes a formula,
 * "1,5", "01.02.2026", "TRUE" become a number, a date, a boolean (locale-dependent), and a
 * leading apostrophe means "this is text". The apostrophe is a marker, not content: Sheets keeps
 * it out of the displayed value and Range.getValues returns the string without it.
 * References (checked with the search tool, stored copies):
 *  - tanaikech, "Removing single quote at top character of cell value" —
 *    https://gist.github.com/tanaikech/ec156204f3a2d96873dce5f6ba4674d6 ("when a single quote is
 *    added to the top letter of the cell value, the cell is used as the text value");
 *  - theoephraim/node-google-spreadsheet#323 and #644: a string starting with '=' is written as a
 *    formula unless escaped with a single apostrophe "like the UI on google sheets";
 *  - Sheets API ValueInputOption USER_ENTERED (what setValues does): "=1+2" becomes a formula —
 *    https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption;
 *  - "Google Sheets API 4: how to get a cell's raw value with a leading apostrophe" (Stack
 *    Exchange question by David Wolf): values come back as `0123` for a cell typed `'0123`;
 *    only userEnteredValue shows the apostrophe.
 * CSV/formula-injection guidance lists '=', '+', '-', '@', tab and carriage return as the leading
 * characters to neutralise with an apostrophe (OWASP ASVS 1.2.10; CWE-1236).
 *
 * Policy (DESIGN.md decision 9): every non-empty value of a text column is written with the
 * marker, not only the dangerous ones. That neutralises every formula trigger listed above at
 * once, and it also stops Sheets from turning "007", "1-2", "март 2026" or "TRUE" into a number,
 * date or boolean — so reading the row back returns exactly the string that was written, in any
 * spreadsheet locale. A value that itself starts with an apostrophe keeps it: Sheets strips only
 * the first one. The cost is an apostrophe visible in the formula bar, never in the cell.
 *
 * Parsing therefore takes cell values as Range.getValues returns them (marker already gone) and
 * does not strip anything: stripping again would corrupt a value that really starts with "'".
 */
export const SHEETS_TEXT_MARKER = "'";

/** The cell value to write for a text column (the empty string stays an empty cell). */
export function toSheetsText(value: string): string {
  return value === '' ? '' : SHEETS_TEXT_MARKER + value;
}

/**
 * What Range.getValues returns for a cell written with `toSheetsText`: Sheets keeps the marker
 * as a "this is text" flag and does not show it. For adapters that check a row round-trips
 * before writing it, and for test fakes of a spreadsheet.
 */
export function asSheetsReadsBack(cell: unknown): unknown {
  return typeof cell === 'string' && cell.startsWith(SHEETS_TEXT_MARKER) ? cell.slice(SHEETS_TEXT_MARKER.length) : cell;
}

/** Leading characters that make a spreadsheet evaluate or reinterpret a cell (see above). */
const FORMULA_TRIGGERS: ReadonlySet<string> = new Set(['=', '+', '-', '@', '\t', '\r', '\n']);

/**
 * Would this string be dangerous in a cell without the marker? Not used to decide whether to
 * escape (everything is escaped); exported for tests and for adapters that log what was defused.
 */
export function startsWithFormulaTrigger(value: string): boolean {
  return value !== '' && FORMULA_TRIGGERS.has(value.charAt(0));
}
