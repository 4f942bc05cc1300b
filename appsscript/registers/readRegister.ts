import type { RegisterSchema } from '../../shared/registers';
import { fail, ok, type Result } from '../../shared/result';
import type { RegisterBookPort } from '../platform/registerBookPort';

export interface RegisterEntry<Row> {
  readonly row: Row;
  /** 1-based sheet row, for updates in place. */
  readonly rowNumber: number;
}

export type RegisterBroken = 'register_broken';

function isBlank(values: readonly unknown[]): boolean {
  return values.every((value) => value === '' || value === null || value === undefined);
}

/**
 * Every row of a register in one read. A moved or renamed column, or a row that does not parse,
 * refuses the whole read with the Russian detail that says where: numbering from a register
 * that cannot be read whole could hand out a duplicate. Blank rows are skipped.
 */
export function readRegister<Row>(book: RegisterBookPort, schema: RegisterSchema<Row>): Result<RegisterEntry<Row>[], RegisterBroken> {
  const values = book.readRows(schema.sheetName);
  const [header, ...rows] = values;
  if (header === undefined || isBlank(header)) return ok([]);
  const checked = schema.checkHeader(header);
  if (checked.status === 'error') return fail('register_broken', checked.detail);
  const entries: RegisterEntry<Row>[] = [];
  for (let index = 0; index < rows.length; index++) {
    const values = rows[index] ?? [];
    if (isBlank(values)) continue;
    const rowNumber = index + 2;
    const parsed = schema.parse(values, rowNumber);
    if (parsed.status === 'error') return fail('register_broken', parsed.detail);
    entries.push({ row: parsed.response, rowNumber });
  }
  return ok(entries);
}
