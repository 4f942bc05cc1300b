import { CORRESPONDENCE_REGISTER, type CorrespondenceRow } from '../../shared/registers';
import type { SheetKeyIndex } from '../registerIndex/sheetKeyIndex';
import type { RegisterSheetsPort } from '../registerIndex/sheetsPort';

/**
 * The Correspondence register: one row per accepted scan, appended, never rewritten. The event
 * key index answers "was this scan registered already?" without reading the sheet.
 */
export class CorrespondenceTable {
  constructor(
    private readonly sheets: RegisterSheetsPort,
    private readonly index: SheetKeyIndex,
  ) {}

  /** The keys among these that have a row already. */
  registeredKeys(keys: readonly string[]): Set<string> {
    const located = this.index.lookup('eventKey', keys);
    return new Set([...located].filter(([, rows]) => rows.length > 0).map(([key]) => key));
  }

  /** Appends the rows in one setValues and records their keys in the index. */
  append(rows: readonly CorrespondenceRow[]): void {
    if (rows.length === 0) return;
    const first = this.sheets.append(CORRESPONDENCE_REGISTER.sheetName, rows.map((row) => CORRESPONDENCE_REGISTER.serialise(row)));
    this.index.recordAppended(first, new Map([['eventKey', rows.map((row) => row.eventKey)]]));
  }
}
