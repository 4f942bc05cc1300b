import type { RegisterSchema } from '../../shared/registers';
import { fail, ok, type Result } from '../../shared/result';
import type { RegisterBookPort } from '../platform/registerBookPort';
import { readRegister, type RegisterBroken, type RegisterEntry } from '../registers/readRegister';

/**
 * One register sheet read once and kept in step with the writes made through it, so that a
 * lifecycle operation touching several documents (a deal's review, an annulment with its
 * replacement) sees its own changes without reading the sheet again. Use only while holding
 * the script lock. A sheet that does not exist yet is created with its header on the first
 * append; a sheet Setup created without a header (the Print queue) gets it then as well.
 */
export class RegisterTable<Row> {
  private constructor(
    private readonly book: RegisterBookPort,
    private readonly schema: RegisterSchema<Row>,
    private readonly rows: RegisterEntry<Row>[],
    private lastRow: number,
    private exists: boolean,
  ) {}

  static read<Row>(book: RegisterBookPort, schema: RegisterSchema<Row>): Result<RegisterTable<Row>, RegisterBroken> {
    if (!book.sheetNames().includes(schema.sheetName)) return ok(new RegisterTable(book, schema, [], 0, false));
    const values = book.readRows(schema.sheetName);
    // readRegister parses what it reads; hand it the values already read (one Sheets call).
    const entries = readRegister(valuesOnly(book, values), schema);
    if (entries.status === 'error') return fail(entries.type, entries.detail);
    // An empty sheet reads as one blank row (getDataRange of an empty sheet is A1): no header yet.
    const blank = (values[0] ?? []).every((cell) => cell === '' || cell === null || cell === undefined);
    return ok(new RegisterTable(book, schema, entries.response, blank ? 0 : values.length, true));
  }

  get entries(): readonly RegisterEntry<Row>[] {
    return this.rows;
  }

  find(predicate: (row: Row) => boolean): RegisterEntry<Row> | undefined {
    return this.rows.find((entry) => predicate(entry.row));
  }

  filter(predicate: (row: Row) => boolean): Row[] {
    return this.rows.filter((entry) => predicate(entry.row)).map((entry) => entry.row);
  }

  /** Rewrites one row in place (the whole row, one setValues). */
  update(entry: RegisterEntry<Row>, row: Row): RegisterEntry<Row> {
    this.book.writeCells(this.schema.sheetName, entry.rowNumber, 1, this.schema.serialise(row));
    const updated = { row, rowNumber: entry.rowNumber };
    const index = this.rows.findIndex((candidate) => candidate.rowNumber === entry.rowNumber);
    if (index >= 0) this.rows[index] = updated;
    return updated;
  }

  append(rows: readonly Row[]): void {
    if (rows.length === 0) return;
    this.ensureHeader();
    this.book.appendRows(this.schema.sheetName, rows.map((row) => this.schema.serialise(row)));
    for (const row of rows) {
      this.lastRow += 1;
      this.rows.push({ row, rowNumber: this.lastRow });
    }
  }

  private ensureHeader(): void {
    if (!this.exists) {
      this.book.createSheet(this.schema.sheetName, this.schema.headers);
      this.exists = true;
      this.lastRow = 1;
      return;
    }
    if (this.lastRow === 0) {
      this.book.writeCells(this.schema.sheetName, 1, 1, [...this.schema.headers]);
      this.lastRow = 1;
    }
  }
}

function valuesOnly(book: RegisterBookPort, values: unknown[][]): RegisterBookPort {
  return {
    spreadsheetId: book.spreadsheetId,
    sheetNames: () => book.sheetNames(),
    createSheet: (name, header) => book.createSheet(name, header),
    readRows: () => values,
    appendRows: (name, rows) => book.appendRows(name, rows),
    writeCells: (name, rowNumber, column, cells) => book.writeCells(name, rowNumber, column, cells),
  };
}
