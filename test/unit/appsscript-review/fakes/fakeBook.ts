import { asSheetsReadsBack, type CellValue } from '../../../../shared/registers';
import type { RegisterBookPort } from '../../../../appsscript/platform/registerBookPort';

/**
 * The registers spreadsheet in memory, storing values as Sheets does for Range.setValues: a
 * leading apostrophe marks text and is not part of the value (shared/registers/sheetsText.ts).
 */
export class FakeBook implements RegisterBookPort {
  readonly spreadsheetId = 'registers';
  readonly sheets = new Map<string, unknown[][]>();
  readonly calls: string[] = [];

  sheetNames(): string[] {
    return [...this.sheets.keys()];
  }

  createSheet(name: string, header: readonly string[] | null): void {
    this.calls.push(`createSheet ${name}`);
    this.sheets.set(name, header === null ? [] : [[...header]]);
  }

  readRows(name: string): unknown[][] {
    this.calls.push(`readRows ${name}`);
    const rows = this.sheet(name);
    let last = rows.length;
    while (last > 0 && (rows[last - 1] ?? []).every((cell) => cell === '' || cell === undefined)) last--;
    // Range.getValues of getDataRange() on an empty sheet: the single cell A1, empty.
    if (last === 0) return [['']];
    return rows.slice(0, last).map((row) => [...row]);
  }

  appendRows(name: string, rows: readonly (readonly CellValue[])[]): void {
    this.calls.push(`appendRows ${name} ${rows.length}`);
    const sheet = this.sheet(name);
    let last = sheet.length;
    while (last > 0 && (sheet[last - 1] ?? []).every((cell) => cell === '' || cell === undefined)) last--;
    sheet.length = last;
    for (const row of rows) sheet.push(row.map(asSheetsReadsBack));
  }

  writeCells(name: string, rowNumber: number, column: number, values: readonly CellValue[]): void {
    this.calls.push(`writeCells ${name} ${rowNumber}`);
    const sheet = this.sheet(name);
    while (sheet.length < rowNumber) sheet.push([]);
    const row = sheet[rowNumber - 1] as unknown[];
    values.forEach((value, index) => {
      while (row.length < column - 1 + index) row.push('');
      row[column - 1 + index] = asSheetsReadsBack(value);
    });
  }

  /** Rows without the header. */
  rows(name: string): unknown[][] {
    return (this.sheets.get(name) ?? []).slice(1);
  }

  private sheet(name: string): unknown[][] {
    const sheet = this.sheets.get(name);
    if (sheet === undefined) throw new Error(`The registers spreadsheet has no sheet «${name}»`);
    return sheet;
  }
}
