import { DOCUMENT_KIND_INFO } from '../../shared/kinds/documentKinds';
import type { DocumentRow } from '../../shared/registers';

/**
 * Is every document of the deal whose signed copy must come back, back? Annulled documents do
 * not count (a replacement took their place); a deal with no such document is never "complete"
 * by this rule, since there was nothing to wait for.
 */
export function dealPapersComplete(rows: readonly DocumentRow[]): boolean {
  const awaited = awaitedRows(rows);
  return awaited.length > 0 && awaited.every((row) => row.status === 'returned');
}

/** The registry numbers whose signed copy is awaited and not back yet, for the kiosk. */
export function stillAwaitedNumbers(rows: readonly DocumentRow[]): string[] {
  return awaitedRows(rows)
    .filter((row) => row.status !== 'returned')
    .map((row) => row.registryNumber);
}

function awaitedRows(rows: readonly DocumentRow[]): DocumentRow[] {
  return rows.filter((row) => row.status !== 'annulled' && DOCUMENT_KIND_INFO[row.kind].signedCopyReturns);
}

/** The registry numbers that came back, for the timeline comment. */
export function returnedNumbers(rows: readonly DocumentRow[]): string[] {
  return rows.filter((row) => row.status === 'returned').map((row) => row.registryNumber);
}
