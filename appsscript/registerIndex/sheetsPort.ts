import type { CellValue } from '../../shared/registers';

/**
 * The register spreadsheet as the registers feature uses it: block reads and writes by
 * coordinates, each one service call (Range.getValues / Range.setValues), so the number of calls
 * an operation makes is the number of blocks it touches, never the number of rows in a sheet.
 * Rows and columns are 1-based, as in SpreadsheetApp.
 */
export interface RegisterSheetsPort {
  hasSheet(name: string): boolean;
  /** Adds a tab with this header in row 1 (frozen). */
  createSheet(name: string, header: readonly string[]): void;
  /** The last row with content (Sheet.getLastRow); 0 for an empty sheet. */
  lastRow(name: string): number;
  /** A block of cells; `numRows` 0 reads nothing and costs nothing. */
  read(name: string, row: number, column: number, numRows: number, numColumns: number): unknown[][];
  /** Every row with content, the header included (Sheet.getDataRange().getValues()). */
  readAll(name: string): unknown[][];
  /** Overwrites a block; every row must have the same length. */
  write(name: string, row: number, column: number, values: readonly (readonly CellValue[])[]): void;
  /** Writes rows below the last one in one setValues; returns the first row written. */
  append(name: string, rows: readonly (readonly CellValue[])[]): number;
}
