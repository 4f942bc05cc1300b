import { exception } from '../../core/errors';
import type { ChartSpec } from '../../sheets/model';
import { labelClass } from '../../runtime/label';
import type { Book } from './book';
import { RangeHandle } from './range';
import { CHART_TYPES } from './chartTypes';

interface Draft {
  chartId: number | null;
  type: string;
  ranges: RangeHandle[];
  position: ChartSpec['position'];
  options: Record<string, unknown>;
}

/** The chart an EmbeddedChartBuilder built, not yet (or already) inserted. */
export class EmbeddedChartHandle {
  readonly #book: Book;
  readonly #sheetId: number;
  readonly _draft: Draft;

  constructor(book: Book, sheetId: number, draft: Draft) {
    this.#book = book;
    this.#sheetId = sheetId;
    this._draft = draft;
  }

  getChartId(): number | null {
    return this._draft.chartId;
  }

  getId(): string {
    return `u${this._draft.chartId ?? 0}`;
  }

  getRanges(): RangeHandle[] {
    return [...this._draft.ranges];
  }

  getOptions(): ChartOptionsHandle {
    return new ChartOptionsHandle({ ...this._draft.options });
  }

  getContainerInfo(): ContainerInfoHandle {
    return new ContainerInfoHandle(this._draft.position);
  }

  modify(): EmbeddedChartBuilderHandle {
    return new EmbeddedChartBuilderHandle(this.#book, this.#sheetId, { ...this._draft, ranges: [...this._draft.ranges], options: { ...this._draft.options } });
  }

  _spec(): ChartSpec {
    return {
      chartId: this._draft.chartId ?? 0,
      type: this._draft.type,
      ranges: this._draft.ranges.map((r) => r.getA1Notation()),
      position: { ...this._draft.position },
      options: { ...this._draft.options },
    };
  }
}
labelClass(EmbeddedChartHandle, 'SpreadsheetApp', 'EmbeddedChart');

export class ChartOptionsHandle {
  readonly #options: Record<string, unknown>;

  constructor(options: Record<string, unknown>) {
    this.#options = options;
  }

  get(option: string): unknown {
    return this.#options[option] ?? null;
  }
}
labelClass(ChartOptionsHandle, 'SpreadsheetApp', 'ChartOptions');

export class ContainerInfoHandle {
  readonly #position: ChartSpec['position'];

  constructor(position: ChartSpec['position']) {
    this.#position = position;
  }

  getAnchorRow(): number {
    return this.#position.row;
  }

  getAnchorColumn(): number {
    return this.#position.column;
  }

  getOffsetX(): number {
    return this.#position.offsetX;
  }

  getOffsetY(): number {
    return this.#position.offsetY;
  }
}
labelClass(ContainerInfoHandle, 'SpreadsheetApp', 'ContainerInfo');

/**
 * EmbeddedChartBuilder and its typed variants (asColumnChart()… return the same builder). The
 * emulator stores the chart's spec — type, ranges, position, options — and draws nothing.
 * https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder
 */
export class EmbeddedChartBuilderHandle {
  readonly #book: Book;
  readonly #sheetId: number;
  readonly #draft: Draft;

  constructor(book: Book, sheetId: number, draft?: Draft) {
    this.#book = book;
    this.#sheetId = sheetId;
    this.#draft = draft ?? { chartId: null, type: 'COLUMN', ranges: [], position: { row: 1, column: 1, offsetX: 0, offsetY: 0 }, options: {} };
  }

  addRange(range: unknown): this {
    if (!(range instanceof RangeHandle)) throw exception('Invalid argument: range');
    this.#draft.ranges.push(range);
    return this;
  }

  removeRange(range: unknown): this {
    this.#draft.ranges = this.#draft.ranges.filter((r) => r !== range);
    return this;
  }

  clearRanges(): this {
    this.#draft.ranges = [];
    return this;
  }

  setChartType(type: string): this {
    const name = String(type);
    if (!(CHART_TYPES as readonly string[]).includes(name)) throw exception(`Invalid argument: type`);
    this.#draft.type = name;
    return this;
  }

  setOption(option: string, value: unknown): this {
    this.#draft.options[String(option)] = value;
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.#draft.position = { row: Number(anchorRowPos), column: Number(anchorColPos), offsetX: Number(offsetX), offsetY: Number(offsetY) };
    return this;
  }

  setTitle(title: string): this {
    return this.setOption('title', title);
  }

  setXAxisTitle(title: string): this {
    return this.setOption('hAxis.title', title);
  }

  setYAxisTitle(title: string): this {
    return this.setOption('vAxis.title', title);
  }

  setLegendPosition(position: string): this {
    return this.setOption('legend.position', position);
  }

  setStacked(): this {
    return this.setOption('isStacked', true);
  }

  setColors(colors: string[]): this {
    return this.setOption('colors', colors);
  }

  setTransposeRowsAndColumns(transpose: boolean): this {
    return this.setOption('transposeRowsAndColumns', transpose);
  }

  setNumHeaders(headers: number): this {
    return this.setOption('numHeaders', headers);
  }

  setMergeStrategy(strategy: string): this {
    return this.setOption('mergeStrategy', strategy);
  }

  setHiddenDimensionStrategy(strategy: string): this {
    return this.setOption('hiddenDimensionStrategy', strategy);
  }

  getChartType(): string {
    return this.#draft.type;
  }

  getRanges(): RangeHandle[] {
    return [...this.#draft.ranges];
  }

  build(): EmbeddedChartHandle {
    return new EmbeddedChartHandle(this.#book, this.#sheetId, { ...this.#draft, ranges: [...this.#draft.ranges], options: { ...this.#draft.options } });
  }
}
labelClass(EmbeddedChartBuilderHandle, 'SpreadsheetApp', 'EmbeddedChartBuilder');

for (const type of CHART_TYPES) {
  const method = `as${type
    .toLowerCase()
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('')}Chart`;
  Object.defineProperty(EmbeddedChartBuilderHandle.prototype, method, {
    value(this: EmbeddedChartBuilderHandle): EmbeddedChartBuilderHandle {
      return this.setChartType(type);
    },
  });
}
