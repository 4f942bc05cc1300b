import { CORRESPONDENCE_REGISTER, DOCUMENTS_REGISTER, type RegisterSchema } from '../../shared/registers';

/** One indexed column: lookups by its value return the rows that hold it. */
export interface KeyColumn {
  /** Used in lookups and cache keys. */
  readonly name: string;
  /** 1-based column in the sheet. */
  readonly column: number;
  /**
   * How many cache values the column's index is spread over. A bucket must stay under the
   * cache's 100 KB per value: at ~25 bytes an entry, 128 buckets hold ~500,000 rows.
   */
  readonly buckets: number;
}

export interface IndexSpec {
  /** Short tag in cache keys. */
  readonly id: string;
  readonly sheetName: string;
  readonly columns: readonly KeyColumn[];
}

function columnOf<Row>(schema: RegisterSchema<Row>, field: keyof Row & string): number {
  return schema.fields.indexOf(field) + 1;
}

/** Documents: by registry number (one row each) and by deal (every document of a deal). */
export const DOCUMENTS_INDEX: IndexSpec = {
  id: 'docs',
  sheetName: DOCUMENTS_REGISTER.sheetName,
  columns: [
    { name: 'number', column: columnOf(DOCUMENTS_REGISTER, 'registryNumber'), buckets: 128 },
    { name: 'deal', column: columnOf(DOCUMENTS_REGISTER, 'dealId'), buckets: 64 },
  ],
};

/** Correspondence: by event key, the idempotency check of scans. */
export const CORRESPONDENCE_INDEX: IndexSpec = {
  id: 'mail',
  sheetName: CORRESPONDENCE_REGISTER.sheetName,
  columns: [{ name: 'eventKey', column: columnOf(CORRESPONDENCE_REGISTER, 'eventKey'), buckets: 128 }],
};
