import type { JobLedger } from '../devices/printers';
import type { BridgeDatabase } from './openDatabase';

/**
 * The device layer's JobLedger (bridge/devices/printers/jobLedger.ts) in SQLite: the printer
 * client records a job id right before its first byte leaves, and refuses an id it finds here,
 * so a crash and restart cannot print a contract twice. One ledger per printer.
 */
export class SqliteJobLedger implements JobLedger {
  private readonly select;
  private readonly insert;
  private readonly remove;

  constructor(
    database: BridgeDatabase,
    private readonly printer: string,
    private readonly now: () => number = Date.now,
  ) {
    this.select = database.prepare<[string, string], { job_id: string }>(`SELECT job_id FROM printer_sends WHERE printer = ? AND job_id = ?`);
    this.insert = database.prepare<[string, string, string], unknown>(
      `INSERT INTO printer_sends (printer, job_id, sent_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    this.remove = database.prepare<[string, string], unknown>(`DELETE FROM printer_sends WHERE printer = ? AND job_id = ?`);
  }

  has(jobId: string): boolean {
    return this.select.get(this.printer, jobId) !== undefined;
  }

  add(jobId: string): void {
    this.insert.run(this.printer, jobId, new Date(this.now()).toISOString());
  }

  delete(jobId: string): void {
    this.remove.run(this.printer, jobId);
  }
}
