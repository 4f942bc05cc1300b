/** Sheets content as the emulator stores it: sheets of sparse cells, with charts and frozen rows. */

export type CellValue = string | number | boolean | Date;

export interface Cell {
  v: CellValue;
  /** The formula as written ("=SUM(A1:A3)") when the cell holds one. */
  f?: string;
  /** The value was typed with a leading apostrophe (forced text). */
  quoted?: boolean;
}

export interface ChartSpec {
  chartId: number;
  type: string;
  ranges: string[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

export interface SheetModel {
  sheetId: number;
  name: string;
  /** rows[r][c], 0-based; holes are empty cells. */
  rows: (Cell | null)[][];
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  charts: ChartSpec[];
}

export interface SpreadsheetContent {
  sheets: SheetModel[];
  nextSheetId: number;
  nextChartId: number;
  timeZone: string;
}

export function newSheet(sheetId: number, name: string, rows = 1000, columns = 26): SheetModel {
  return { sheetId, name, rows: [], maxRows: rows, maxColumns: columns, frozenRows: 0, frozenColumns: 0, hidden: false, charts: [] };
}

/** A new spreadsheet has one sheet of 1000 rows × 26 columns ("Sheet1"; Sheets names it by the owner's locale). */
export function newSpreadsheet(timeZone: string, rows?: number, columns?: number): SpreadsheetContent {
  return { sheets: [newSheet(0, 'Sheet1', rows, columns)], nextSheetId: 1, nextChartId: 1, timeZone };
}

export function cellAt(sheet: SheetModel, row: number, column: number): Cell | null {
  return sheet.rows[row - 1]?.[column - 1] ?? null;
}

export function putCell(sheet: SheetModel, row: number, column: number, cell: Cell | null | undefined): void {
  let line = sheet.rows[row - 1];
  if (line === undefined) {
    if (cell === null || cell === undefined) return;
    while (sheet.rows.length < row) sheet.rows.push([]);
    line = sheet.rows[row - 1] as (Cell | null)[];
  }
  while (line.length < column) line.push(null);
  line[column - 1] = cell ?? null;
  if (row > sheet.maxRows) sheet.maxRows = row;
  if (column > sheet.maxColumns) sheet.maxColumns = column;
}

export function lastRow(sheet: SheetModel): number {
  for (let r = sheet.rows.length; r >= 1; r -= 1) {
    if ((sheet.rows[r - 1] ?? []).some((c) => c !== null && c.v !== '')) return r;
  }
  return 0;
}

export function lastColumn(sheet: SheetModel): number {
  let last = 0;
  for (const line of sheet.rows) {
    for (let c = line.length; c > last; c -= 1) {
      const cell = line[c - 1];
      if (cell !== null && cell !== undefined && cell.v !== '') {
        last = c;
        break;
      }
    }
  }
  return last;
}

/** The value getValues returns for a cell: '' for an empty one. */
export function valueOf(cell: Cell | null): CellValue {
  if (cell === null) return '';
  return cell.v instanceof Date ? new Date(cell.v.getTime()) : cell.v;
}

/** What the cell shows (getDisplayValues): numbers and dates as plain text. */
export function displayOf(cell: Cell | null): string {
  if (cell === null) return '';
  const v = cell.v;
  if (v instanceof Date) return v.toISOString().replace('T', ' ').replace(/\.\d+Z$/, '');
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** The sheet's values from A1 to its last row and column (getDataRange().getValues()). */
export function dataValues(sheet: SheetModel): CellValue[][] {
  const rows = lastRow(sheet);
  const columns = lastColumn(sheet);
  const out: CellValue[][] = [];
  for (let r = 1; r <= rows; r += 1) {
    const line: CellValue[] = [];
    for (let c = 1; c <= columns; c += 1) line.push(valueOf(cellAt(sheet, r, c)));
    out.push(line);
  }
  return out;
}
