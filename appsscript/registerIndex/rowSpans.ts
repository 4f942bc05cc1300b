import type { RegisterSheetsPort } from './sheetsPort';

export interface RowSpan {
  readonly first: number;
  readonly count: number;
}

/**
 * Sorted, de-duplicated rows merged into spans: rows at most `maxGap` apart share one span, so a
 * deal's documents (generated together, so adjacent) cost one read, and a span never swallows a
 * long stretch of rows nobody asked for.
 */
export function rowSpans(rows: readonly number[], maxGap: number): RowSpan[] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const spans: RowSpan[] = [];
  let start: number | undefined;
  let end = 0;
  for (const row of sorted) {
    if (start !== undefined && row - end <= maxGap + 1) {
      end = row;
      continue;
    }
    if (start !== undefined) spans.push({ first: start, count: end - start + 1 });
    start = row;
    end = row;
  }
  if (start !== undefined) spans.push({ first: start, count: end - start + 1 });
  return spans;
}

/** Rows are read in spans; gaps of up to this many rows are read through rather than split. */
export const READ_GAP = 8;

/**
 * The cells of the rows asked for (`width` columns from A), one read per span: the number of
 * service calls depends on how many rows are asked for and how scattered they are, never on the
 * length of the sheet.
 */
export function readRowsAt(sheets: RegisterSheetsPort, sheetName: string, rows: readonly number[], width: number): Map<number, unknown[]> {
  const cells = new Map<number, unknown[]>();
  for (const span of rowSpans(rows, READ_GAP)) {
    const block = sheets.read(sheetName, span.first, 1, span.count, width);
    block.forEach((line, offset) => cells.set(span.first + offset, line));
  }
  return cells;
}
