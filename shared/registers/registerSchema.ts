import { fail, type Failure, ok, type Result, type Success } from '../result';
import { type CellValue, columnLetter, describeCell } from './cell';
import type { CellCodec } from './codecs/cellCodec';

/** One column: its Russian header as the sheet shows it, and how its cells read and write. */
export interface ColumnSpec<T> {
  readonly header: string;
  readonly codec: CellCodec<T>;
  /**
   * The column was added to a register that already existed in people's spreadsheets: a sheet
   * made before it may have no header there yet (Setup, run again, writes it), and its cells then
   * read as empty. Only trailing columns may be added later, so no existing column moves; the
   * codec must accept an empty cell. A header that is present must still be the right one.
   */
  readonly addedLater?: true;
}

/**
 * Every field of the row type has exactly one column (the compiler checks it); the columns run
 * left to right in the order the object lists them (ES2015 property order for string keys).
 */
export type ColumnMap<Row> = { readonly [K in keyof Row]-?: ColumnSpec<Row[K]> };

export type RegisterRowError = 'invalid_register_row';
/** Which column was wrong, besides the Russian detail, so an adapter can highlight the cell. */
export type RegisterRowFailure = Failure<RegisterRowError> & {
  readonly field: string;
  /** A1 column letter. */
  readonly column: string;
};

export type RegisterHeaderError = 'unexpected_header';

export interface RegisterSchema<Row> {
  /** Tab name in the register spreadsheet. */
  readonly sheetName: string;
  /** Row fields in column order. */
  readonly fields: readonly (keyof Row & string)[];
  /** The header row to write in row 1. */
  readonly headers: readonly string[];
  /** Cell values for Range.setValues, one per column. */
  serialise(row: Row): CellValue[];
  /**
   * A row from Range.getValues back into a typed row. Cells beyond the schema's columns (notes
   * someone added on the right) are ignored; missing cells count as empty. `rowNumber`, if
   * given, goes into the error detail so a person can find the row.
   */
  parse(values: readonly unknown[], rowNumber?: number): Success<Row> | RegisterRowFailure;
  /**
   * Does the sheet's header row still match (nobody moved or renamed a column)? A column added
   * later (ColumnSpec.addedLater) may have no header yet.
   */
  checkHeader(values: readonly unknown[]): Result<true, RegisterHeaderError>;
}

export function defineRegister<Row>(sheetName: string, columns: ColumnMap<Row>): RegisterSchema<Row> {
  const fields = Object.keys(columns) as (keyof Row & string)[];
  const headers = fields.map((field) => columns[field].header);
  const firstAddedLater = fields.findIndex((field) => columns[field].addedLater === true);
  if (firstAddedLater >= 0 && fields.slice(firstAddedLater).some((field) => columns[field].addedLater !== true)) {
    // A programming error, caught by the register tests: an inserted column would move the ones after it.
    throw new Error(`Register «${sheetName}»: a column added later must come after every original column`);
  }

  return {
    sheetName,
    fields,
    headers,
    serialise: (row) => fields.map((field) => cellOf(columns, row, field)),
    parse: (values, rowNumber) => {
      const row: Partial<Row> = {};
      for (let index = 0; index < fields.length; index += 1) {
        const field = fields[index] as keyof Row & string;
        const column = columns[field];
        const cell = column.codec.fromCell(values[index]);
        if (cell.status === 'error') {
          const columnName = `столбец ${columnLetter(index)} «${column.header}»`;
          const where = rowNumber === undefined ? capitalise(columnName) : `Лист «${sheetName}», строка ${rowNumber}, ${columnName}`;
          return { ...fail('invalid_register_row', `${where}: ${cell.detail}.`), field, column: columnLetter(index) };
        }
        assign(row, field, cell.response);
      }
      // Every field was assigned in the loop above: fields lists all keys of the column map.
      return ok(row as Row);
    },
    checkHeader: (values) => {
      for (let index = 0; index < headers.length; index += 1) {
        const found = values[index];
        const expected = headers[index] ?? '';
        const field = fields[index] as keyof Row & string;
        if (columns[field].addedLater === true && isBlankHeader(found)) continue;
        if (typeof found !== 'string' || found.trim() !== expected) {
          return fail(
            'unexpected_header',
            `Лист «${sheetName}»: в столбце ${columnLetter(index)} ожидался заголовок «${expected}», а там ${describeCell(found)}. Верните столбцы реестра в исходный порядок.`,
          );
        }
      }
      return ok(true);
    },
  };
}

function isBlankHeader(cell: unknown): boolean {
  return cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function cellOf<Row, K extends keyof Row>(columns: ColumnMap<Row>, row: Row, field: K): CellValue {
  return columns[field].codec.toCell(row[field]);
}

function assign<Row, K extends keyof Row>(row: Partial<Row>, field: K, value: Row[K]): void {
  row[field] = value;
}
