import { DOCUMENTS_REGISTER, type DocumentRow } from '../../shared/registers';
import type { LogPort } from '../platform/logPort';
import { keyOfCell } from './keyBuckets';
import { readRowsAt, rowSpans } from './rowSpans';
import type { SheetKeyIndex } from './sheetKeyIndex';
import type { RegisterSheetsPort } from './sheetsPort';

export interface DocumentEntry {
  readonly row: DocumentRow;
  /** 1-based sheet row. */
  readonly rowNumber: number;
}

export interface DocumentsFound<K> {
  readonly found: ReadonlyMap<string, K>;
  /** Keys whose row exists but does not parse, with the Russian detail: left for a person to fix. */
  readonly broken: ReadonlyMap<string, string>;
}

const WIDTH = DOCUMENTS_REGISTER.headers.length;
const NUMBER_COLUMN = DOCUMENTS_REGISTER.fields.indexOf('registryNumber');
const DEAL_COLUMN = DOCUMENTS_REGISTER.fields.indexOf('dealId');
/** The lifecycle cells a status change rewrites: status … updatedAt (J:P). */
const FIRST_STATUS_FIELD = DOCUMENTS_REGISTER.fields.indexOf('status');
const LAST_STATUS_FIELD = DOCUMENTS_REGISTER.fields.indexOf('updatedAt');

/**
 * The Documents register by registry number and by deal, through the index: the rows found are
 * read in spans and checked against the key they were found by, so a stale index (a sorted
 * sheet) is noticed, rebuilt and asked again instead of trusted.
 */
export class DocumentsTable {
  /** Rows read (or written) in this execution, already checked: a second lookup does not read them again. */
  private readonly known = new Map<number, DocumentEntry>();

  constructor(
    private readonly sheets: RegisterSheetsPort,
    private readonly index: SheetKeyIndex,
    private readonly log: LogPort,
  ) {}

  /**
   * The documents with these registry numbers; numbers not in the register are absent. A number
   * the index does not know is looked up once more after a rebuild, so "unknown" is the sheet's
   * answer, not the cache's.
   */
  byNumbers(numbers: readonly string[]): DocumentsFound<DocumentEntry> {
    for (let attempt = 0; ; attempt += 1) {
      const located = this.index.lookup('number', numbers);
      const rows = new Map<string, number>();
      for (const [number, at] of located) {
        const first = at[0];
        if (first === undefined) continue;
        if (at.length > 1) this.log.warn('Registry number registered twice', { number, rows: at });
        rows.set(number, first);
      }
      const cells = readRowsAt(this.sheets, DOCUMENTS_REGISTER.sheetName, [...rows.values()], WIDTH);
      const stale = [...rows].some(([number, row]) => keyOfCell(cells.get(row)?.[NUMBER_COLUMN]) !== number);
      const unknown = rows.size < new Set(numbers).size;
      if ((stale || unknown) && attempt === 0) {
        this.index.invalidate();
        continue;
      }
      const found = new Map<string, DocumentEntry>();
      const broken = new Map<string, string>();
      for (const [number, row] of rows) {
        const values = cells.get(row) ?? [];
        if (keyOfCell(values[NUMBER_COLUMN]) !== number) continue;
        const parsed = DOCUMENTS_REGISTER.parse(values, row);
        if (parsed.status === 'success') {
          const entry = { row: parsed.response, rowNumber: row };
          found.set(number, entry);
          this.known.set(row, entry);
        } else broken.set(number, parsed.detail);
      }
      return { found, broken };
    }
  }

  /** Every document of each deal (in sheet order); a deal without documents maps to []. */
  byDeals(dealIds: readonly string[]): DocumentsFound<readonly DocumentEntry[]> {
    for (let attempt = 0; ; attempt += 1) {
      const located = this.index.lookup('deal', dealIds);
      const unread = [...located.values()].flat().filter((row) => !this.known.has(row));
      const cells = readRowsAt(this.sheets, DOCUMENTS_REGISTER.sheetName, unread, WIDTH);
      const dealAt = (row: number): string | undefined => this.known.get(row)?.row.dealId ?? keyOfCell(cells.get(row)?.[DEAL_COLUMN]);
      const stale = [...located].some(([dealId, rows]) => rows.some((row) => dealAt(row) !== dealId));
      if (stale && attempt === 0) {
        this.index.invalidate();
        continue;
      }
      const found = new Map<string, DocumentEntry[]>();
      const broken = new Map<string, string>();
      for (const [dealId, rows] of located) {
        const entries: DocumentEntry[] = [];
        for (const row of rows) {
          if (dealAt(row) !== dealId) continue;
          const known = this.known.get(row);
          if (known !== undefined) {
            entries.push(known);
            continue;
          }
          const parsed = DOCUMENTS_REGISTER.parse(cells.get(row) ?? [], row);
          if (parsed.status === 'success') {
            const entry = { row: parsed.response, rowNumber: row };
            entries.push(entry);
            this.known.set(row, entry);
          } else broken.set(dealId, parsed.detail);
        }
        found.set(dealId, entries);
      }
      return { found, broken };
    }
  }

  /**
   * Writes the lifecycle cells (status … updatedAt) of changed documents: one setValues per run
   * of adjacent rows. The other columns are left alone.
   */
  writeStatuses(entries: readonly DocumentEntry[]): void {
    for (const entry of entries) this.known.set(entry.rowNumber, entry);
    const byRow = new Map(entries.map((entry) => [entry.rowNumber, entry.row]));
    for (const span of rowSpans([...byRow.keys()], 0)) {
      const values = Array.from({ length: span.count }, (_, offset) => {
        const row = byRow.get(span.first + offset);
        if (row === undefined) throw new Error('row span out of step');
        return DOCUMENTS_REGISTER.serialise(row).slice(FIRST_STATUS_FIELD, LAST_STATUS_FIELD + 1);
      });
      this.sheets.write(DOCUMENTS_REGISTER.sheetName, span.first, FIRST_STATUS_FIELD + 1, values);
    }
  }
}
