import { PROTOCOL_MESSAGE_TYPES, PROTOCOL_VERSION, type PrintJob, type ProtocolMessageType } from '../../shared/protocol';
import type { Failure } from '../../shared/result';
import type { DuplexPrinterPort } from '../core/devicePorts';
import type { EventBus } from '../core/eventBus';
import type { Extension } from '../core/extension';
import type { Logger } from '../core/logger';
import type { PrintJobLedger } from '../store/printJobLedger';
import { fetchPdf } from './fetchPdf';
import { fetchPdfFromScript } from './fetchPdfFromScript';
import { PeriodicTask } from './periodicTask';
import { retryDelay } from './retrySchedule';
import type { ScriptClient } from './scriptClient';

export interface PrintJobPollerDeps {
  readonly bridgeId: string;
  readonly client: ScriptClient;
  readonly printer: DuplexPrinterPort;
  readonly ledger: PrintJobLedger;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly intervalMs: number;
  readonly retryBaseMs: number;
  readonly maxBackoffMs: number;
  /** Attempts that sent nothing (printer not ready, PDF not downloaded) before the job is reported failed. */
  readonly attempts: number;
  readonly requestTimeoutMs: number;
  readonly fetch?: typeof fetch;
  readonly now?: () => number;
}

/** Jobs asked for per poll; the rest come next time. */
const JOBS_PER_POLL = 10;

/** Device errors after which nothing reached the printer: the job may be tried again. */
const NOTHING_SENT = new Set(['printer_unreachable', 'printer_timeout', 'printer_not_ready', 'printer_bad_response', 'printer_connect_timeout', 'printer_connection_refused']);

/** Any genuine answer to an acknowledgement will do: the script's signature is what counts. */
const ANY_ANSWER: readonly ProtocolMessageType[] = PROTOCOL_MESSAGE_TYPES.filter((type) => type !== 'error');

/**
 * Prints what the script queued for this bridge (issue 5): pulls the pending jobs (signed),
 * downloads each PDF, prints it through the device layer's IPP client with its copies and sides
 * (the client checks the printer first and follows the job to its end), records the outcome
 * in SQLite, and only then acknowledges it. A job is printed at most once: a job the ledger
 * has settled is only acknowledged again when the script offers it again, and one the device
 * layer may already have sent is reported failed for a person to check, never resent.
 */
export class PrintJobPoller implements Extension {
  readonly name = 'print-job-poller';
  private readonly task: PeriodicTask;
  private failures = 0;
  private readonly now: () => number;

  constructor(private readonly deps: PrintJobPollerDeps) {
    this.task = new PeriodicTask(this.name, () => this.poll(), deps.logger);
    this.now = deps.now ?? Date.now;
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  /** Runs one poll now (tests, and the kiosk after a printer comes back). */
  wake(): void {
    this.task.wake();
  }

  private async poll(): Promise<number> {
    for (const entry of this.deps.ledger.unacknowledged()) {
      const sent = await this.acknowledge(entry.jobId, entry.state === 'printed' ? null : (entry.reason ?? 'Не напечатано.'));
      if (!sent) return this.backoff();
    }
    const answer = await this.deps.client.exchange(
      { type: 'print_job_list_request', version: PROTOCOL_VERSION, bridgeId: this.deps.bridgeId, limit: JOBS_PER_POLL },
      ['print_job_list'],
    );
    if (answer.status === 'error') {
      this.deps.logger.warn({ type: answer.type, detail: answer.detail }, 'print jobs not received');
      return this.backoff();
    }
    this.failures = 0;
    for (const job of answer.response.jobs) {
      const linkUp = await this.handle(job);
      if (!linkUp) return this.backoff();
    }
    return this.deps.intervalMs;
  }

  /** Handles one job; resolves false when the acknowledgement could not be delivered. */
  private async handle(job: PrintJob): Promise<boolean> {
    const known = this.deps.ledger.get(job.jobId);
    if (known?.state === 'printed') return this.acknowledge(job.jobId, null);
    if (known?.state === 'failed') return this.acknowledge(job.jobId, known.reason ?? 'Не напечатано.');
    const attempt = (known?.attempts ?? 0) + 1;
    this.progress(job, 'printing', `Печатается ${job.documentNumber}…`);

    const pdf =
      job.pdf.kind === 'drive_file'
        ? await fetchPdfFromScript(this.deps.client, this.deps.bridgeId, job)
        : await fetchPdf(job.pdf, this.deps.requestTimeoutMs, this.deps.fetch);
    if (pdf.status === 'error') {
      return pdf.type === 'pdf_unreachable' ? this.retryOrFail(job, attempt, pdf) : this.settleFailed(job, attempt, pdf.detail);
    }
    const printed = await this.deps.printer.printPdf({ jobId: job.jobId, pdf: pdf.response, copies: job.copies, sides: job.sides, jobName: job.documentNumber });
    if (printed.status === 'success') {
      this.deps.ledger.record(
        { jobId: job.jobId, documentNumber: job.documentNumber, state: 'printed', attempts: attempt, printerJobId: printed.response.printerJobId, reason: null },
        this.isoNow(),
      );
      this.progress(job, 'printed', `${job.documentNumber} напечатан (${job.copies} экз.).`);
      return this.acknowledge(job.jobId, null);
    }
    if (NOTHING_SENT.has(printed.type)) return this.retryOrFail(job, attempt, printed);
    // The printer refused it, failed it, or may have it (unconfirmed, duplicate): final, never resent.
    return this.settleFailed(job, attempt, printed.detail);
  }

  private async retryOrFail(job: PrintJob, attempt: number, failure: Failure): Promise<boolean> {
    if (attempt >= this.deps.attempts) return this.settleFailed(job, attempt, `${failure.detail} (попыток: ${attempt})`);
    this.deps.ledger.record({ jobId: job.jobId, documentNumber: job.documentNumber, state: 'retrying', attempts: attempt, printerJobId: null, reason: failure.detail }, this.isoNow());
    this.progress(job, 'retrying', `${job.documentNumber}: ${failure.detail} Попробуем ещё раз.`);
    // Not acknowledged: the script offers the job again at the next poll.
    return true;
  }

  private async settleFailed(job: PrintJob, attempt: number, reason: string): Promise<boolean> {
    this.deps.ledger.record({ jobId: job.jobId, documentNumber: job.documentNumber, state: 'failed', attempts: attempt, printerJobId: null, reason }, this.isoNow());
    this.progress(job, 'failed', `${job.documentNumber} не напечатан: ${reason}`);
    return this.acknowledge(job.jobId, reason);
  }

  /** Sends print_job_ack (printed when `reason` is null); marks it acknowledged once the script answered. */
  private async acknowledge(jobId: string, reason: string | null): Promise<boolean> {
    const common = { type: 'print_job_ack', version: PROTOCOL_VERSION, bridgeId: this.deps.bridgeId, jobId } as const;
    const message = reason === null ? { ...common, outcome: 'printed' as const } : { ...common, outcome: 'failed' as const, reason: reason.slice(0, 1000) };
    const answer = await this.deps.client.exchange(message, ANY_ANSWER);
    if (answer.status === 'error' && answer.type !== 'script_refused') {
      this.deps.logger.warn({ jobId, detail: answer.detail }, 'print job acknowledgement not delivered');
      return false;
    }
    // A genuine refusal is final too: sending the same acknowledgement again would not change it.
    if (answer.status === 'error') this.deps.logger.warn({ jobId, detail: answer.detail }, 'the script refused a print job acknowledgement');
    this.deps.ledger.acknowledge(jobId, this.isoNow());
    return true;
  }

  private progress(job: PrintJob, state: 'printing' | 'printed' | 'failed' | 'retrying', detail: string): void {
    this.deps.bus.emit('printJobChanged', { jobId: job.jobId, documentNumber: job.documentNumber, state, detail });
  }

  private backoff(): number {
    this.failures += 1;
    return retryDelay(this.failures, this.deps.retryBaseMs, this.deps.maxBackoffMs);
  }

  private isoNow(): string {
    return new Date(this.now()).toISOString();
  }
}
