import { exception } from '../../core/errors';
import { cellAt, displayOf, type Cell } from '../../sheets/model';
import { userEntered } from '../../sheets/cellInput';
import { putCell } from '../../sheets/model';
import { labelClass } from '../../runtime/label';
import type { Book } from './book';
import type { RangeHandle } from './range';

export interface CellRef {
  sheetId: number;
  row: number;
  column: number;
}

/**
 * TextFinder over a range, a sheet or a whole spreadsheet, in row-major order. Matches the cell's
 * displayed text (or its formula with matchFormulaText), case-insensitively unless matchCase.
 * https://developers.google.com/apps-script/reference/spreadsheet/text-finder
 */
export class TextFinderHandle {
  readonly #book: Book;
  readonly #cells: () => CellRef[];
  readonly #makeRange: (ref: CellRef) => RangeHandle;
  readonly #text: string;
  #matchCase = false;
  #entireCell = false;
  #regex = false;
  #formulaText = false;
  #current = -1;

  constructor(book: Book, text: string, cells: () => CellRef[], makeRange: (ref: CellRef) => RangeHandle) {
    this.#book = book;
    this.#text = String(text);
    this.#cells = cells;
    this.#makeRange = makeRange;
    if (this.#text === '') throw exception('Invalid argument: findText');
  }

  matchCase(value: boolean): this {
    this.#matchCase = Boolean(value);
    return this;
  }

  matchEntireCell(value: boolean): this {
    this.#entireCell = Boolean(value);
    return this;
  }

  useRegularExpression(value: boolean): this {
    this.#regex = Boolean(value);
    return this;
  }

  matchFormulaText(value: boolean): this {
    this.#formulaText = Boolean(value);
    return this;
  }

  ignoreDiacritics(_value: boolean): this {
    return this;
  }

  findNext(): RangeHandle | null {
    const matches = this.#matches();
    const next = matches.find((m) => m.index > this.#current);
    if (next === undefined) return null;
    this.#current = next.index;
    return this.#makeRange(next.ref);
  }

  findPrevious(): RangeHandle | null {
    const matches = this.#matches();
    const previous = [...matches].reverse().find((m) => m.index < this.#current);
    if (previous === undefined) return null;
    this.#current = previous.index;
    return this.#makeRange(previous.ref);
  }

  findAll(): RangeHandle[] {
    return this.#matches().map((m) => this.#makeRange(m.ref));
  }

  replaceAllWith(replaceText: string): number {
    const matches = this.#matches();
    for (const m of matches) this.#replace(m.ref, String(replaceText));
    return matches.length;
  }

  replaceWith(replaceText: string): number {
    const ref = this.#cells()[this.#current];
    if (ref === undefined || !this.#isMatch(ref)) return 0;
    this.#replace(ref, String(replaceText));
    return 1;
  }

  #pattern(): RegExp {
    const flags = this.#matchCase ? 'g' : 'gi';
    const source = this.#regex ? this.#text : this.#text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(this.#entireCell ? `^(?:${source})$` : source, flags);
  }

  #subject(cell: Cell | null): string {
    return this.#formulaText && cell?.f !== undefined ? cell.f : displayOf(cell);
  }

  #cell(ref: CellRef): Cell | null {
    return cellAt(this.#book.sheet(ref.sheetId, 'read'), ref.row, ref.column);
  }

  #isMatch(ref: CellRef): boolean {
    const subject = this.#subject(this.#cell(ref));
    return subject !== '' && this.#pattern().test(subject);
  }

  #matches(): { index: number; ref: CellRef }[] {
    return this.#cells()
      .map((ref, index) => ({ index, ref }))
      .filter((m) => this.#isMatch(m.ref));
  }

  #replace(ref: CellRef, replaceText: string): void {
    const sheet = this.#book.sheet(ref.sheetId, 'edit');
    const replaced = this.#subject(cellAt(sheet, ref.row, ref.column)).replace(this.#pattern(), replaceText);
    putCell(sheet, ref.row, ref.column, userEntered(replaced));
    this.#book.changed();
  }
}
labelClass(TextFinderHandle, 'SpreadsheetApp', 'TextFinder');
