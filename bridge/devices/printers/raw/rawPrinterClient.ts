import { fail, ok, type Result } from '../../../../shared/result';
import { isValidJobId, MemoryJobLedger, type JobLedger } from '../jobLedger';
import { retryDelayMs, sleep } from '../retryDelay';
import { sendOverTcp, type ConnectError } from './sendOverTcp';

export type RawPrinterError =
  | ConnectError
  /** Writing began and then failed: the label may or may not have printed; not retried. */
  | 'printer_outcome_unknown'
  /** This job id was already sent: printing it again would make a second label. */
  | 'printer_job_duplicate'
  | 'printer_invalid_job';

export interface RawPrinterOptions {
  readonly host: string;
  /** Default 9100 (AppSocket/JetDirect). */
  readonly port?: number;
  /** Default 3000 ms. */
  readonly connectTimeoutMs?: number;
  /** Longest stall while the printer takes data; default 10 000 ms. */
  readonly idleTimeoutMs?: number;
  /** Wait for the printer to close after the last byte; default 2000 ms. */
  readonly closeTimeoutMs?: number;
  /** Connection attempts per job; default 3. */
  readonly attempts?: number;
  /** First pause between attempts, doubled each time; default 300 ms. */
  readonly retryBaseMs?: number;
  /** Where sent job ids are remembered; default in memory. */
  readonly ledger?: JobLedger;
}

export interface RawPrintReceipt {
  readonly jobId: string;
  readonly bytes: number;
  /** Connection attempts it took (1 when the printer answered at once). */
  readonly attempts: number;
}

/**
 * A label printer on a raw TCP port (ZPL, TSPL or ESC/POS bytes over port 9100). Each job gets
 * its own connection, so a printer that was switched off or rebooted is simply reconnected on
 * the next job; jobs go out one at a time, in order.
 *
 * Never twice: a job is retried only while no connection could be made (refused, timed out,
 * unreachable), because then provably no byte left. Once connected, the job id goes into the
 * ledger before the first byte is written, and whatever happens next the job is not sent
 * again by this client: a broken connection mid-job is reported as `printer_outcome_unknown`
 * for a person to check, and the same job id later is refused as `printer_job_duplicate`.
 */
export class RawPrinterClient {
  private readonly ledger: JobLedger;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: RawPrinterOptions) {
    this.ledger = options.ledger ?? new MemoryJobLedger();
  }

  /** Sends one job; resolves when the printer has it (or it is known not to). Never rejects. */
  print(jobId: string, bytes: Uint8Array): Promise<Result<RawPrintReceipt, RawPrinterError>> {
    const run = this.queue.then(() => this.send(jobId, bytes));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async send(jobId: string, bytes: Uint8Array): Promise<Result<RawPrintReceipt, RawPrinterError>> {
    if (!isValidJobId(jobId)) return fail('printer_invalid_job', 'У задания печати нет корректного идентификатора.');
    if (!(bytes instanceof Uint8Array) || bytes.length === 0) {
      return fail('printer_invalid_job', `Задание ${jobId} пустое: печатать нечего.`);
    }
    if (this.ledger.has(jobId)) {
      return fail('printer_job_duplicate', `Этикетка ${jobId} уже отправлена на принтер; повторная печать — только вручную.`);
    }
    const { host, port = 9100 } = this.options;
    const attempts = Math.max(1, this.options.attempts ?? 3);
    const timeouts = {
      connectTimeoutMs: this.options.connectTimeoutMs ?? 3000,
      idleTimeoutMs: this.options.idleTimeoutMs ?? 10_000,
      closeTimeoutMs: this.options.closeTimeoutMs ?? 2000,
    };
    for (let attempt = 1; ; attempt++) {
      const outcome = await sendOverTcp(host, port, bytes, timeouts, () => this.ledger.add(jobId));
      if (outcome.kind === 'sent') return ok({ jobId, bytes: bytes.length, attempts: attempt });
      if (outcome.kind === 'unknown') return fail('printer_outcome_unknown', outcome.detail);
      if (attempt >= attempts) return fail(outcome.error, outcome.detail);
      await sleep(retryDelayMs(attempt, this.options.retryBaseMs ?? 300));
    }
  }
}
