/** A rectangular cell range, 1-based, as Apps Script's Range sees it. */
export interface GridRange {
  sheetName?: string;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]*)\$?(\d*)$/;

/**
 * Parses "A1", "A1:C3", "A:A", "2:2", "Sheet1!B2:D" and "'My sheet'!A1" within a sheet of the given
 * size (open-ended ranges stop at the sheet's edge). Returns undefined for text that is not A1 notation.
 */
export function parseA1(text: string, maxRows: number, maxColumns: number): GridRange | undefined {
  let rest = text.trim();
  let sheetName: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = rest.slice(0, bang);
    if (sheetName.startsWith("'") && sheetName.endsWith("'")) sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const [startText, endText] = rest.split(':');
  if (startText === undefined || startText === '') return undefined;
  const start = CELL.exec(startText);
  const end = CELL.exec(endText ?? startText);
  if (start === null || end === null) return undefined;
  const [, sc = '', sr = ''] = start;
  const [, ec = '', er = ''] = end;
  if ((sc === '' && sr === '') || (ec === '' && er === '')) return undefined;
  const c1 = sc === '' ? 1 : columnNumber(sc);
  const r1 = sr === '' ? 1 : Number(sr);
  const c2 = ec === '' ? (sc === '' ? maxColumns : c1) : columnNumber(ec);
  const r2 = er === '' ? (endText === undefined ? r1 : maxRows) : Number(er);
  if (endText !== undefined && ec === '' && sc !== '') return undefined;
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  if (row < 1 || column < 1) return undefined;
  return { sheetName, row, column, numRows: Math.abs(r2 - r1) + 1, numColumns: Math.abs(c2 - c1) + 1 };
}

export function toA1(range: GridRange): string {
  const start = `${columnLetters(range.column)}${range.row}`;
  if (range.numRows === 1 && range.numColumns === 1) return start;
  return `${start}:${columnLetters(range.column + range.numColumns - 1)}${range.row + range.numRows - 1}`;
}
