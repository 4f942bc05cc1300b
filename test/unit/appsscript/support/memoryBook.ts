import type { CellValue } from '../../../../shared/registers';
import type { RegisterBookPort } from '../../../../appsscript/platform/registerBookPort';

/**
 * A RegisterBookPort in memory. Values are stored as Sheets stores typed values: a leading
 * apostrophe forces text and is not part of the value (what getValues returns), so rows read
 * back exactly as Apps Script would read them. Formulas are kept as written, so a test can tell
 * that nothing became one.
 */
export class MemoryBook implements RegisterBookPort {
  readonly spreadsheetId = 'book-1';
  readonly sheets = new Map<string, unknown[][]>();
  /** Cells written without the text marker that start with "=" — would be formulas in Sheets. */
  readonly formulas: string[] = [];
  readonly calls: string[] = [];

  sheetNames(): string[] {
    return [...this.sheets.keys()];
  }

  createSheet(name: string, header: readonly string[] | null): void {
    this.calls.push(`createSheet:${name}`);
    this.sheets.set(name, header === null ? [] : [[...header]]);
  }

  readRows(name: string): unknown[][] {
    this.calls.push(`readRows:${name}`);
    const sheet = this.sheets.get(name);
    if (sheet === undefined) throw new Error(`no sheet ${name}`);
    return sheet.map((row) => [...row]);
  }

  appendRows(name: string, rows: readonly (readonly CellValue[])[]): void {
    this.calls.push(`appendRows:${name}`);
    const sheet = this.sheets.get(name);
    if (sheet === undefined) throw new Error(`no sheet ${name}`);
    for (const row of rows) sheet.push(row.map((cell) => this.#typed(cell)));
  }

  writeCells(name: string, rowNumber: number, column: number, values: readonly CellValue[]): void {
    this.calls.push(`writeCells:${name}`);
    const sheet = this.sheets.get(name);
    if (sheet === undefined) throw new Error(`no sheet ${name}`);
    while (sheet.length < rowNumber) sheet.push([]);
    const row = sheet[rowNumber - 1] as unknown[];
    values.forEach((value, index) => {
      row[column - 1 + index] = this.#typed(value);
    });
  }

  #typed(cell: CellValue): unknown {
    if (typeof cell !== 'string') return cell;
    if (cell.startsWith("'")) return cell.slice(1);
    if (cell.startsWith('=')) this.formulas.push(cell);
    return cell;
  }
}
