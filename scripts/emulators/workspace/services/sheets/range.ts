import { exception } from '../../core/errors';
import { toA1 } from '../../sheets/a1';
import { userEntered } from '../../sheets/cellInput';
import { cellAt, displayOf, lastColumn, lastRow, putCell, valueOf, type CellValue } from '../../sheets/model';
import { labelClass } from '../../runtime/label';
import type { Book } from './book';
import { TextFinderHandle, type CellRef } from './textFinder';
import { sheetHandle } from './sheetLink';

/** Checks a range's corners as Apps Script does when it is created. */
export function checkBounds(row: number, column: number, numRows: number, numColumns: number, maxRows: number, maxColumns: number): void {
  if (!Number.isInteger(row) || row < 1) throw exception('The starting row of the range is too small.');
  if (!Number.isInteger(column) || column < 1) throw exception('The starting column of the range is too small.');
  if (!Number.isInteger(numRows) || numRows < 1) throw exception('The number of rows in the range must be at least 1.');
  if (!Number.isInteger(numColumns) || numColumns < 1) throw exception('The number of columns in the range must be at least 1.');
  if (row + numRows - 1 > maxRows || column + numColumns - 1 > maxColumns) {
    throw exception('The coordinates of the range are outside the dimensions of the sheet.');
  }
}

/**
 * Range. Values are written as if typed (see sheets/cellInput.ts). setValues with data of the
 * wrong size throws the platform's message, e.g. "The number of rows in the data does not match the
 * number of rows in the range. The data has 1 but the range has 2."
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
 */
export class RangeHandle {
  readonly #book: Book;
  readonly #sheetId: number;
  readonly #row: number;
  readonly #column: number;
  readonly #numRows: number;
  readonly #numColumns: number;

  constructor(book: Book, sheetId: number, row: number, column: number, numRows: number, numColumns: number) {
    this.#book = book;
    this.#sheetId = sheetId;
    this.#row = row;
    this.#column = column;
    this.#numRows = numRows;
    this.#numColumns = numColumns;
  }

  #grid<T>(read: (row: number, column: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.#numRows; r += 1) {
      const line: T[] = [];
      for (let c = 0; c < this.#numColumns; c += 1) line.push(read(this.#row + r, this.#column + c));
      out.push(line);
    }
    return out;
  }

  getA1Notation(): string {
    return toA1({ row: this.#row, column: this.#column, numRows: this.#numRows, numColumns: this.#numColumns });
  }

  getRow(): number {
    return this.#row;
  }

  getColumn(): number {
    return this.#column;
  }

  getLastRow(): number {
    return this.#row + this.#numRows - 1;
  }

  getLastColumn(): number {
    return this.#column + this.#numColumns - 1;
  }

  getNumRows(): number {
    return this.#numRows;
  }

  getNumColumns(): number {
    return this.#numColumns;
  }

  getSheet(): unknown {
    this.#book.sheet(this.#sheetId, 'read');
    return sheetHandle(this.#book, this.#sheetId);
  }

  getValues(): CellValue[][] {
    const sheet = this.#book.sheet(this.#sheetId, 'read');
    return this.#grid((r, c) => valueOf(cellAt(sheet, r, c)));
  }

  getValue(): CellValue {
    return valueOf(cellAt(this.#book.sheet(this.#sheetId, 'read'), this.#row, this.#column));
  }

  getDisplayValues(): string[][] {
    const sheet = this.#book.sheet(this.#sheetId, 'read');
    return this.#grid((r, c) => displayOf(cellAt(sheet, r, c)));
  }

  getDisplayValue(): string {
    return displayOf(cellAt(this.#book.sheet(this.#sheetId, 'read'), this.#row, this.#column));
  }

  getFormulas(): string[][] {
    const sheet = this.#book.sheet(this.#sheetId, 'read');
    return this.#grid((r, c) => cellAt(sheet, r, c)?.f ?? '');
  }

  getFormula(): string {
    return cellAt(this.#book.sheet(this.#sheetId, 'read'), this.#row, this.#column)?.f ?? '';
  }

  isBlank(): boolean {
    return this.getValues().every((line) => line.every((v) => v === ''));
  }

  setValues(values: unknown): this {
    if (!Array.isArray(values)) throw exception('The parameters (String) don\'t match the method signature for SpreadsheetApp.Range.setValues.');
    if (values.length !== this.#numRows) {
      throw exception(`The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.#numRows}.`);
    }
    for (const line of values) {
      const width = Array.isArray(line) ? line.length : 0;
      if (width !== this.#numColumns) {
        throw exception(`The number of columns in the data does not match the number of columns in the range. The data has ${width} but the range has ${this.#numColumns}.`);
      }
    }
    const sheet = this.#book.sheet(this.#sheetId, 'edit');
    (values as unknown[][]).forEach((line, r) => line.forEach((v, c) => putCell(sheet, this.#row + r, this.#column + c, userEntered(v))));
    this.#book.changed();
    return this;
  }

  setValue(value: unknown): this {
    const sheet = this.#book.sheet(this.#sheetId, 'edit');
    for (let r = 0; r < this.#numRows; r += 1) {
      for (let c = 0; c < this.#numColumns; c += 1) putCell(sheet, this.#row + r, this.#column + c, userEntered(value));
    }
    this.#book.changed();
    return this;
  }

  setFormula(formula: string): this {
    return this.setValue(String(formula).startsWith('=') ? formula : `=${String(formula)}`);
  }

  setFormulas(formulas: string[][]): this {
    return this.setValues(formulas);
  }

  clear(): this {
    return this.clearContent();
  }

  clearContent(): this {
    const sheet = this.#book.sheet(this.#sheetId, 'edit');
    this.#grid((r, c) => putCell(sheet, r, c, null));
    this.#book.changed();
    return this;
  }

  clearFormat(): this {
    this.#book.sheet(this.#sheetId, 'edit');
    return this;
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeHandle {
    const sheet = this.#book.sheet(this.#sheetId, 'read');
    const rows = numRows ?? this.#numRows;
    const columns = numColumns ?? this.#numColumns;
    const row = this.#row + Number(rowOffset);
    const column = this.#column + Number(columnOffset);
    checkBounds(row, column, rows, columns, sheet.maxRows, sheet.maxColumns);
    return new RangeHandle(this.#book, this.#sheetId, row, column, rows, columns);
  }

  getCell(row: number, column: number): RangeHandle {
    if (row < 1 || row > this.#numRows || column < 1 || column > this.#numColumns) {
      throw exception('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new RangeHandle(this.#book, this.#sheetId, this.#row + row - 1, this.#column + column - 1, 1, 1);
  }

  getDataRegion(): RangeHandle {
    const sheet = this.#book.sheet(this.#sheetId, 'read');
    return new RangeHandle(this.#book, this.#sheetId, 1, 1, Math.max(lastRow(sheet), 1), Math.max(lastColumn(sheet), 1));
  }

  createTextFinder(findText: string): TextFinderHandle {
    return new TextFinderHandle(this.#book, findText, () => this._cells(), (ref) => new RangeHandle(this.#book, ref.sheetId, ref.row, ref.column, 1, 1));
  }

  activate(): this {
    return this;
  }

  _requireEdit(): void {
    this.#book.sheet(this.#sheetId, 'edit');
  }

  /** Cell references in row-major order (used by TextFinder). */
  _cells(): CellRef[] {
    return this.#grid((row, column) => ({ sheetId: this.#sheetId, row, column })).flat();
  }

  _location(): { sheetId: number; row: number; column: number; numRows: number; numColumns: number; fileId: string } {
    return { sheetId: this.#sheetId, row: this.#row, column: this.#column, numRows: this.#numRows, numColumns: this.#numColumns, fileId: this.#book.fileId };
  }
}
labelClass(RangeHandle, 'SpreadsheetApp', 'Range');

// Formatting calls succeed for editors and change nothing the emulator renders.
const FORMATTING = [
  'setBackground', 'setBackgrounds', 'setFontWeight', 'setFontWeights', 'setFontColor', 'setFontSize', 'setFontFamily',
  'setFontStyle', 'setHorizontalAlignment', 'setVerticalAlignment', 'setWrap', 'setWrapStrategy', 'setNumberFormat',
  'setNumberFormats', 'setBorder', 'setNote', 'merge', 'mergeAcross', 'breakApart', 'setDataValidation', 'setTextRotation',
];
for (const name of FORMATTING) {
  Object.defineProperty(RangeHandle.prototype, name, {
    value(this: RangeHandle): RangeHandle {
      // A formatting change is an edit: readers and locked files are refused.
      this._requireEdit();
      return this;
    },
  });
}
