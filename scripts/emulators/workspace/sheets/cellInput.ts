import type { Cell, CellValue } from './model';

/**
 * Apps Script's Range.setValue/setValues store values as if a user typed them
 * (the Sheets API calls this USER_ENTERED:
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption):
 * - a string starting with "=" is a formula;
 * - a leading apostrophe forces text, and the apostrophe itself is not part of the value
 *   (getValues returns the text without it);
 * - a string that reads as a number becomes a number ("+7900" becomes 7900, "007" becomes 7),
 *   and "TRUE"/"FALSE" become booleans.
 * Dates typed as text are not parsed by the emulator (Sheets parses them by locale).
 */
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function userEntered(value: unknown): Cell | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? { v: value } : { v: '#NUM!' };
  if (typeof value === 'boolean') return { v: value };
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    return { v: new Date((value as Date).getTime()) };
  }
  const text = String(value);
  if (text.startsWith("'")) return text.length > 1 ? { v: text.slice(1), quoted: true } : undefined;
  if (text.startsWith('=') && text.length > 1) return { v: evaluateFormula(text), f: text };
  const trimmed = text.trim();
  if (NUMBER.test(trimmed)) return { v: Number(trimmed) };
  if (/^(true|false)$/i.test(trimmed)) return { v: trimmed.toUpperCase() === 'TRUE' };
  return { v: text };
}

/**
 * The emulator does not compute formulas. It stores the formula (getFormula/getFormulas return it)
 * and reports the value "#ERROR!", except for HYPERLINK(url, label) whose value is the label and a
 * formula that is a single literal. Tests tell a formula from text through getFormula().
 */
export function evaluateFormula(formula: string): CellValue {
  const body = formula.slice(1).trim();
  const hyperlink = /^HYPERLINK\(\s*"((?:[^"]|"")*)"\s*[,;]\s*"((?:[^"]|"")*)"\s*\)$/i.exec(body);
  if (hyperlink !== null) return (hyperlink[2] ?? '').replace(/""/g, '"');
  const literal = /^"((?:[^"]|"")*)"$/.exec(body);
  if (literal !== null) return (literal[1] ?? '').replace(/""/g, '"');
  if (NUMBER.test(body)) return Number(body);
  return '#ERROR!';
}
