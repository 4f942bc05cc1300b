import { ok } from '../../result';
import { parseIsoTimestamp } from '../../text/isoTimestamp';
import { toSheetsText } from '../sheetsText';
import { type CellCodec, invalidCell } from './cellCodec';

/**
 * A moment in time. Rows carry ISO 8601 strings (what toISOString() writes), not Date objects:
 * rows cross google.script.run and the bridge protocol, and both carry JSON, where a Date does
 * not survive. The cell holds the same string as text, which is exact and time-zone free;
 * a Date cell written by Sheets would be read in the spreadsheet's zone and shifted by the
 * script's zone when the two differ.
 *
 * Reading accepts the ISO string (returned unchanged) or a Date object — Range.getValues returns
 * a Date when someone turned the column into real dates — which is converted with toISOString().
 */
export const timestamp: CellCodec<string> = {
  toCell: (value) => toSheetsText(value),
  fromCell: (cell) => {
    if (typeof cell === 'string' && parseIsoTimestamp(cell) !== undefined) return ok(cell);
    if (cell instanceof Date && !Number.isNaN(cell.getTime())) return ok(cell.toISOString());
    return invalidCell('дата и время в формате ISO 8601 (2026-03-01T09:30:00.000Z)', cell);
  },
};
