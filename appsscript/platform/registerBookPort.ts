import type { CellValue } from '../../shared/registers';

/** The registers spreadsheet: one tab per register, row 1 the header. */
export interface RegisterBookPort {
  readonly spreadsheetId: string;
  sheetNames(): string[];
  /** Adds a tab; with a header, writes it into row 1 and freezes it. */
  createSheet(name: string, header: readonly string[] | null): void;
  /** Every row with content, the header included (Range.getValues of the data range). */
  readRows(name: string): unknown[][];
  /** Writes rows below the last one, in one setValues. */
  appendRows(name: string, rows: readonly (readonly CellValue[])[]): void;
  /** Overwrites cells of one row from column `column` (1-based) on; `rowNumber` is 1-based. */
  writeCells(name: string, rowNumber: number, column: number, values: readonly CellValue[]): void;
}
