import { asSheetsReadsBack, type CellValue } from '../../../../shared/registers';
import type { RegisterSheetsPort } from '../../../../appsscript/registerIndex/sheetsPort';

/**
 * An in-memory spreadsheet behind RegisterSheetsPort, storing what setValues would: a leading
 * apostrophe marks text and is not part of the value (Range.getValues returns the text without
 * it). Every port call is counted, as the Workspace emulator counts service calls.
 */
export class MemorySheets implements RegisterSheetsPort {
  readonly sheets = new Map<string, unknown[][]>();
  readonly calls: string[] = [];

  constructor(initial: Record<string, readonly (readonly CellValue[])[]> = {}) {
    for (const [name, rows] of Object.entries(initial)) this.sheets.set(name, rows.map((row) => row.map(asSheetsReadsBack)));
  }

  count(kind?: string): number {
    return kind === undefined ? this.calls.length : this.calls.filter((call) => call.startsWith(kind)).length;
  }

  resetCalls(): void {
    this.calls.length = 0;
  }

  rows(name: string): unknown[][] {
    return this.sheets.get(name) ?? [];
  }

  hasSheet(name: string): boolean {
    this.calls.push(`hasSheet:${name}`);
    return this.sheets.has(name);
  }

  createSheet(name: string, header: readonly string[]): void {
    this.calls.push(`createSheet:${name}`);
    this.sheets.set(name, [[...header]]);
  }

  lastRow(name: string): number {
    this.calls.push(`lastRow:${name}`);
    const rows = this.require(name);
    for (let r = rows.length; r >= 1; r -= 1) if ((rows[r - 1] ?? []).some((cell) => cell !== '' && cell !== undefined)) return r;
    return 0;
  }

  read(name: string, row: number, column: number, numRows: number, numColumns: number): unknown[][] {
    if (numRows <= 0 || numColumns <= 0) return [];
    this.calls.push(`read:${name}`);
    const rows = this.require(name);
    return Array.from({ length: numRows }, (_, r) => Array.from({ length: numColumns }, (_, c) => rows[row - 1 + r]?.[column - 1 + c] ?? ''));
  }

  readAll(name: string): unknown[][] {
    this.calls.push(`readAll:${name}`);
    const rows = this.require(name);
    const width = Math.max(0, ...rows.map((row) => row.length));
    let last = rows.length;
    while (last > 0 && (rows[last - 1] ?? []).every((cell) => cell === '' || cell === undefined)) last -= 1;
    return rows.slice(0, last).map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
  }

  write(name: string, row: number, column: number, values: readonly (readonly CellValue[])[]): void {
    this.calls.push(`write:${name}`);
    const rows = this.require(name);
    values.forEach((line, r) => {
      const target = rows[row - 1 + r] ?? [];
      while (rows.length < row + r) rows.push([]);
      rows[row - 1 + r] = target;
      line.forEach((cell, c) => {
        target[column - 1 + c] = asSheetsReadsBack(cell);
      });
    });
  }

  append(name: string, values: readonly (readonly CellValue[])[]): number {
    const first = this.lastRowQuiet(name) + 1;
    this.calls.push(`append:${name}`);
    const rows = this.require(name);
    rows.length = first - 1;
    for (const line of values) rows.push(line.map(asSheetsReadsBack));
    return first;
  }

  private lastRowQuiet(name: string): number {
    const rows = this.require(name);
    for (let r = rows.length; r >= 1; r -= 1) if ((rows[r - 1] ?? []).some((cell) => cell !== '' && cell !== undefined)) return r;
    return 0;
  }

  private require(name: string): unknown[][] {
    const rows = this.sheets.get(name);
    if (rows === undefined) throw new Error(`no sheet ${name}`);
    return rows;
  }
}
