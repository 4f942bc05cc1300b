/**
 * What is wrong with a run of issued numbers that should be exactly 1, 2, …, n.
 * Annulled documents keep their numbers, so every number ever issued is in the run.
 */
export interface SeriesAudit {
  /** Entries that are not whole numbers from 1 to the limit (as they were given). */
  readonly invalid: readonly number[];
  /** Numbers issued more than once, ascending. */
  readonly duplicated: readonly number[];
  /** Numbers below the highest issued one that were never issued, ascending. */
  readonly missing: readonly number[];
}

export function auditSeries(issued: readonly number[], limit: number): SeriesAudit {
  const invalid: number[] = [];
  const seen = new Set<number>();
  const duplicated = new Set<number>();
  let highest = 0;
  for (const number of issued) {
    if (!Number.isInteger(number) || number < 1 || number > limit) {
      invalid.push(number);
    } else if (seen.has(number)) {
      duplicated.add(number);
    } else {
      seen.add(number);
      highest = Math.max(highest, number);
    }
  }
  const missing: number[] = [];
  for (let number = 1; number < highest; number += 1) {
    if (!seen.has(number)) missing.push(number);
  }
  return { invalid, duplicated: [...duplicated].sort((a, b) => a - b), missing };
}

export function isCleanSeries(audit: SeriesAudit): boolean {
  return audit.invalid.length === 0 && audit.duplicated.length === 0 && audit.missing.length === 0;
}
