import type { RegisterSchema } from '../../shared/registers';
import type { RegisterSheetsPort } from './sheetsPort';

export interface RegisterRead<Row> {
  readonly entries: readonly { readonly row: Row; readonly rowNumber: number }[];
  /** Rows that did not parse (and a moved header), in Russian, for the report that reads them. */
  readonly problems: readonly string[];
}

function isBlank(values: readonly unknown[]): boolean {
  return values.every((value) => value === '' || value === null || value === undefined);
}

/**
 * A whole register in one read, for the passes that look at every row (dashboard, overdue
 * reminders): a row that does not parse is reported and skipped rather than stopping the
 * report, since one bad hand edit must not hide everything else. Writers use the strict
 * checks instead (registerHeader.ts).
 */
export function readRegisterRows<Row>(sheets: RegisterSheetsPort, schema: RegisterSchema<Row>): RegisterRead<Row> {
  if (!sheets.hasSheet(schema.sheetName)) return { entries: [], problems: [`Нет листа «${schema.sheetName}».`] };
  const [header, ...rows] = sheets.readAll(schema.sheetName);
  if (header === undefined || isBlank(header)) return { entries: [], problems: [] };
  const checked = schema.checkHeader(header);
  if (checked.status === 'error') return { entries: [], problems: [checked.detail] };
  const entries: { row: Row; rowNumber: number }[] = [];
  const problems: string[] = [];
  rows.forEach((values, index) => {
    if (isBlank(values)) return;
    const parsed = schema.parse(values, index + 2);
    if (parsed.status === 'success') entries.push({ row: parsed.response, rowNumber: index + 2 });
    else problems.push(parsed.detail);
  });
  return { entries, problems };
}
