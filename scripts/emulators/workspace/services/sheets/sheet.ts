import { exception } from '../../core/errors';
import { parseA1 } from '../../sheets/a1';
import { userEntered } from '../../sheets/cellInput';
import { lastColumn, lastRow, putCell, type SheetModel } from '../../sheets/model';
import { labelClass } from '../../runtime/label';
import type { Book } from './book';
import { EmbeddedChartBuilderHandle, EmbeddedChartHandle } from './charts';
import { checkBounds, RangeHandle } from './range';
import { registerSheetFactory } from './sheetLink';
import { TextFinderHandle } from './textFinder';
import { spreadsheetHandle } from './spreadsheetLink';

/** Sheet. https://developers.google.com/apps-script/reference/spreadsheet/sheet */
export class SheetHandle {
  readonly #book: Book;
  readonly #sheetId: number;

  constructor(book: Book, sheetId: number) {
    this.#book = book;
    this.#sheetId = sheetId;
  }

  #read(): SheetModel {
    return this.#book.sheet(this.#sheetId, 'read');
  }

  #edit(): SheetModel {
    return this.#book.sheet(this.#sheetId, 'edit');
  }

  _sheetId(): number {
    return this.#sheetId;
  }

  getName(): string {
    return this.#read().name;
  }

  setName(name: string): this {
    const sheet = this.#edit();
    const wanted = String(name);
    if (this.#book.content('read').sheets.some((s) => s !== sheet && s.name.toLowerCase() === wanted.toLowerCase())) {
      throw exception(`A sheet with the name "${wanted}" already exists. Please enter another name.`);
    }
    sheet.name = wanted;
    this.#book.changed();
    return this;
  }

  getSheetId(): number {
    this.#read();
    return this.#sheetId;
  }

  getIndex(): number {
    return this.#book.content('read').sheets.findIndex((s) => s.sheetId === this.#sheetId) + 1;
  }

  getParent(): unknown {
    return spreadsheetHandle(this.#book);
  }

  getRange(...args: unknown[]): RangeHandle {
    const sheet = this.#read();
    if (typeof args[0] === 'string') {
      const grid = parseA1(args[0], sheet.maxRows, sheet.maxColumns);
      if (grid === undefined) throw exception('Range not found');
      checkBounds(grid.row, grid.column, grid.numRows, grid.numColumns, sheet.maxRows, sheet.maxColumns);
      return new RangeHandle(this.#book, this.#sheetId, grid.row, grid.column, grid.numRows, grid.numColumns);
    }
    const [row, column, numRows = 1, numColumns = 1] = args.map(Number);
    checkBounds(row ?? NaN, column ?? NaN, numRows, numColumns, sheet.maxRows, sheet.maxColumns);
    return new RangeHandle(this.#book, this.#sheetId, row as number, column as number, numRows, numColumns);
  }

  getDataRange(): RangeHandle {
    const sheet = this.#read();
    return new RangeHandle(this.#book, this.#sheetId, 1, 1, Math.max(lastRow(sheet), 1), Math.max(lastColumn(sheet), 1));
  }

  getLastRow(): number {
    return lastRow(this.#read());
  }

  getLastColumn(): number {
    return lastColumn(this.#read());
  }

  getMaxRows(): number {
    return this.#read().maxRows;
  }

  getMaxColumns(): number {
    return this.#read().maxColumns;
  }

  /** Writes after the last row with content, growing the sheet if needed. */
  appendRow(rowContents: unknown[]): this {
    if (!Array.isArray(rowContents)) throw exception("The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.appendRow.");
    const sheet = this.#edit();
    const row = lastRow(sheet) + 1;
    rowContents.forEach((v, i) => putCell(sheet, row, i + 1, userEntered(v)));
    if (row > sheet.maxRows) sheet.maxRows = row;
    this.#book.changed();
    return this;
  }

  clear(): this {
    return this.clearContents();
  }

  clearContents(): this {
    const sheet = this.#edit();
    sheet.rows = [];
    this.#book.changed();
    return this;
  }

  clearFormats(): this {
    this.#edit();
    return this;
  }

  setFrozenRows(rows: number): this {
    this.#edit().frozenRows = Number(rows);
    this.#book.changed();
    return this;
  }

  getFrozenRows(): number {
    return this.#read().frozenRows;
  }

  setFrozenColumns(columns: number): this {
    this.#edit().frozenColumns = Number(columns);
    this.#book.changed();
    return this;
  }

  getFrozenColumns(): number {
    return this.#read().frozenColumns;
  }

  deleteRow(rowPosition: number): this {
    return this.deleteRows(rowPosition, 1);
  }

  deleteRows(rowPosition: number, howMany: number): this {
    const sheet = this.#edit();
    sheet.rows.splice(Number(rowPosition) - 1, Number(howMany));
    sheet.maxRows = Math.max(1, sheet.maxRows - Number(howMany));
    this.#book.changed();
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    const sheet = this.#edit();
    const at = Number(afterPosition);
    while (sheet.rows.length < at) sheet.rows.push([]);
    sheet.rows.splice(at, 0, ...Array.from({ length: Number(howMany) }, () => []));
    sheet.maxRows += Number(howMany);
    this.#book.changed();
    return this;
  }

  insertRowAfter(afterPosition: number): this {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowBefore(beforePosition: number): this {
    return this.insertRowsAfter(Number(beforePosition) - 1, 1);
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    return this.insertRowsAfter(Number(beforePosition) - 1, howMany);
  }

  newChart(): EmbeddedChartBuilderHandle {
    this.#read();
    return new EmbeddedChartBuilderHandle(this.#book, this.#sheetId);
  }

  insertChart(chart: unknown): void {
    if (!(chart instanceof EmbeddedChartHandle)) throw exception('Invalid argument: chart');
    const content = this.#book.content('edit');
    const sheet = this.#edit();
    chart._draft.chartId = content.nextChartId;
    content.nextChartId += 1;
    sheet.charts.push(chart._spec());
    this.#book.changed();
  }

  updateChart(chart: unknown): void {
    if (!(chart instanceof EmbeddedChartHandle)) throw exception('Invalid argument: chart');
    const sheet = this.#edit();
    const index = sheet.charts.findIndex((c) => c.chartId === chart.getChartId());
    if (index < 0) throw exception('Invalid argument: chart');
    sheet.charts[index] = chart._spec();
    this.#book.changed();
  }

  removeChart(chart: unknown): void {
    if (!(chart instanceof EmbeddedChartHandle)) throw exception('Invalid argument: chart');
    const sheet = this.#edit();
    sheet.charts = sheet.charts.filter((c) => c.chartId !== chart.getChartId());
    this.#book.changed();
  }

  getCharts(): EmbeddedChartHandle[] {
    const sheet = this.#read();
    return sheet.charts.map(
      (spec) =>
        new EmbeddedChartHandle(this.#book, this.#sheetId, {
          chartId: spec.chartId,
          type: spec.type,
          ranges: spec.ranges.map((a1) => this.getRange(a1)),
          position: { ...spec.position },
          options: { ...spec.options },
        }),
    );
  }

  createTextFinder(findText: string): TextFinderHandle {
    return this.getDataRange().createTextFinder(findText);
  }

  activate(): this {
    this.#read();
    const active = this.#book.scope.root(`activeSheet:${this.#book.fileId}`, () => ({ sheetId: this.#sheetId })) as { sheetId: number };
    active.sheetId = this.#sheetId;
    return this;
  }

  hideSheet(): this {
    this.#edit().hidden = true;
    this.#book.changed();
    return this;
  }

  showSheet(): this {
    this.#edit().hidden = false;
    this.#book.changed();
    return this;
  }

  isSheetHidden(): boolean {
    return this.#read().hidden;
  }
}
labelClass(SheetHandle, 'SpreadsheetApp', 'Sheet');
registerSheetFactory((book, sheetId) => new SheetHandle(book, sheetId));

// Layout calls succeed for editors and change nothing the emulator renders.
for (const name of ['setColumnWidth', 'setColumnWidths', 'autoResizeColumn', 'autoResizeColumns', 'setRowHeight', 'setRowHeights', 'hideColumns', 'showColumns', 'hideRows', 'showRows', 'setTabColor']) {
  Object.defineProperty(SheetHandle.prototype, name, {
    value(this: SheetHandle): SheetHandle {
      this.getRange(1, 1)._requireEdit();
      return this;
    },
  });
}
