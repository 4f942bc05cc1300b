import type { BridgeDatabase } from './openDatabase';

export type LedgerState = 'retrying' | 'printed' | 'failed';

export interface LedgerEntry {
  readonly jobId: string;
  readonly documentNumber: string;
  readonly state: LedgerState;
  readonly attempts: number;
  readonly printerJobId: number | null;
  readonly reason: string | null;
  readonly acknowledged: boolean;
}

interface LedgerRow {
  job_id: string;
  document_number: string;
  state: LedgerState;
  attempts: number;
  printer_job_id: number | null;
  reason: string | null;
  acknowledged: number;
}

/**
 * What happened to every print job the script handed this bridge, and whether the script has
 * heard: `printed` and `failed` are committed before the acknowledgement is sent, so after a
 * crash the acknowledgement is sent again and nothing is printed again. `retrying` counts
 * attempts that sent nothing (printer not ready, PDF not downloaded).
 *
 * Whether bytes may have reached the printer is the device layer's ledger's business
 * (SqliteJobLedger, written right before the first byte): a job found there is never sent
 * again, and is reported failed for a person to check instead.
 */
export class PrintJobLedger {
  private readonly select;
  private readonly upsertState;
  private readonly markAcked;
  private readonly selectUnacknowledged;

  constructor(database: BridgeDatabase) {
    this.select = database.prepare<[string], LedgerRow>(`SELECT * FROM print_jobs WHERE job_id = ?`);
    this.upsertState = database.prepare<[string, string, string, number, number | null, string | null, string], unknown>(
      `INSERT INTO print_jobs (job_id, document_number, state, attempts, printer_job_id, reason, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (job_id) DO UPDATE SET state = excluded.state, attempts = excluded.attempts,
         printer_job_id = excluded.printer_job_id, reason = excluded.reason, updated_at = excluded.updated_at`,
    );
    this.markAcked = database.prepare<[string, string], unknown>(`UPDATE print_jobs SET acknowledged = 1, updated_at = ? WHERE job_id = ?`);
    this.selectUnacknowledged = database.prepare<[], LedgerRow>(
      `SELECT * FROM print_jobs WHERE acknowledged = 0 AND state IN ('printed', 'failed') ORDER BY updated_at`,
    );
  }

  get(jobId: string): LedgerEntry | undefined {
    const row = this.select.get(jobId);
    return row === undefined ? undefined : toEntry(row);
  }

  record(entry: Omit<LedgerEntry, 'acknowledged'>, at: string): void {
    this.upsertState.run(entry.jobId, entry.documentNumber, entry.state, entry.attempts, entry.printerJobId, entry.reason, at);
  }

  acknowledge(jobId: string, at: string): void {
    this.markAcked.run(at, jobId);
  }

  /** Jobs that ended (printed or failed) but whose acknowledgement has not reached the script. */
  unacknowledged(): LedgerEntry[] {
    return this.selectUnacknowledged.all().map(toEntry);
  }
}

function toEntry(row: LedgerRow): LedgerEntry {
  return {
    jobId: row.job_id,
    documentNumber: row.document_number,
    state: row.state,
    attempts: row.attempts,
    printerJobId: row.printer_job_id,
    reason: row.reason,
    acknowledged: row.acknowledged === 1,
  };
}
