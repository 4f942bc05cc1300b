/**
 * The jobs a printer client has already sent (or may have sent) to a printer. A job id in the
 * ledger is never sent again: a lost acknowledgement must not turn into two labels or two
 * contracts. Synchronous, so a SQLite table (better-sqlite3) can stand behind it; the bridge
 * server persists it, the in-memory one below serves tests and a bridge without a database.
 */
export interface JobLedger {
  has(jobId: string): boolean;
  /** Records the job before its first byte leaves for the printer. */
  add(jobId: string): void;
  /**
   * Forgets a job the printer provably did not take (it answered with an IPP error status),
   * so that the caller may send it again later.
   */
  delete(jobId: string): void;
}

export class MemoryJobLedger implements JobLedger {
  private readonly jobs = new Set<string>();

  has(jobId: string): boolean {
    return this.jobs.has(jobId);
  }

  add(jobId: string): void {
    this.jobs.add(jobId);
  }

  delete(jobId: string): void {
    this.jobs.delete(jobId);
  }
}

/** A job id names one print job: non-empty, printable, bounded. */
export function isValidJobId(jobId: unknown): jobId is string {
  return typeof jobId === 'string' && jobId.length > 0 && jobId.length <= 200 && [...jobId].every((character) => character >= ' ');
}
