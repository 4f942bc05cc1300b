import { fail, ok, type Failure, type Result } from '../../../../shared/result';
import { isValidJobId, MemoryJobLedger, type JobLedger } from '../jobLedger';
import { retryDelayMs, sleep } from '../retryDelay';
import { integerOf, isSuccessStatus, keywordsOf, textOf, type IppResponse } from './ippResponse';
import { ippRequest, type IppExchange } from './ippTransport';
import { notReadyDetail, printerStatusFrom, type PrinterStatus } from './printerStatus';

export type IppPrinterError =
  | 'printer_unreachable'
  | 'printer_timeout'
  | 'printer_bad_response'
  /** Stopped, paused, offline, out of paper...: nothing was sent; try again later. */
  | 'printer_not_ready'
  | 'printer_duplex_unsupported'
  | 'printer_format_unsupported'
  /** The printer answered Print-Job with an error status: no job was created. */
  | 'printer_rejected_job'
  /** The job was created and then aborted or canceled. */
  | 'printer_job_failed'
  /** The job was (or may have been) sent but its end was not learned: check the printer, do not resend blindly. */
  | 'printer_job_unconfirmed'
  | 'printer_job_duplicate'
  | 'printer_invalid_job';

export type Sides = 'one-sided' | 'two-sided-long-edge' | 'two-sided-short-edge';

/** A document for the office printer. */
export interface DuplexJob {
  /** The caller's job id: a job id is printed at most once (see JobLedger). */
  readonly jobId: string;
  /** A PDF file. */
  readonly document: Uint8Array;
  /** Shown in the printer's queue: "Договор № 2026-00042". */
  readonly jobName: string;
  /** 1..99, default 1. */
  readonly copies?: number;
  /** Default two-sided-long-edge (book-style duplex for portrait pages). */
  readonly sides?: Sides;
}

export type IppJobState = 'pending' | 'pending-held' | 'processing' | 'processing-stopped' | 'canceled' | 'aborted' | 'completed';

export interface IppJobReport {
  readonly jobId: string;
  /** The printer's own job-id. */
  readonly printerJobId: number;
  readonly state: IppJobState;
  readonly stateReasons: readonly string[];
  /** The job's sides and copies as the printer recorded them (Get-Job-Attributes). */
  readonly sides?: string;
  readonly copies?: number;
  /** Print-Job requests it took (more than 1 after a busy printer or a refused connection). */
  readonly submitAttempts: number;
}

export interface IppPrinterOptions {
  /** ipp://host:631/ipp/print (or the printer's own resource path). */
  readonly uri: string;
  /** Default 10 000 ms for status requests. */
  readonly requestTimeoutMs?: number;
  /** Default 60 000 ms for Print-Job, which carries the document. */
  readonly submitTimeoutMs?: number;
  /** Tries per request while the printer is unreachable or busy; default 3. */
  readonly attempts?: number;
  /** First pause between tries, doubled each time; default 500 ms. */
  readonly retryBaseMs?: number;
  /** Get-Job-Attributes interval; default 1000 ms. */
  readonly jobPollIntervalMs?: number;
  /** How long to follow a job to its end; default 5 minutes. */
  readonly jobTimeoutMs?: number;
  readonly ledger?: JobLedger;
  /** requesting-user-name; default "docflow". */
  readonly userName?: string;
}

const TERMINAL_STATES: ReadonlySet<string> = new Set(['completed', 'aborted', 'canceled']);
/** The printer says "not now" without taking the job (RFC 8011 §4.1.6): safe to send again. */
const TRANSIENT_STATUSES: ReadonlySet<string> = new Set([
  'server-error-busy',
  'server-error-service-unavailable',
  'server-error-temporary-error',
  'server-error-not-accepting-jobs',
]);
/** job-state enum values (RFC 8011 §5.3.7) in case a printer's value is not decoded to a keyword. */
const JOB_STATE_NUMBERS: Readonly<Record<number, IppJobState>> = {
  3: 'pending',
  4: 'pending-held',
  5: 'processing',
  6: 'processing-stopped',
  7: 'canceled',
  8: 'aborted',
  9: 'completed',
};
const MAX_POLL_FAILURES = 5;

/**
 * The office duplex printer over IPP: checks the printer (Get-Printer-Attributes) before
 * every job, sends the PDF (Print-Job with sides and copies) and follows the job
 * (Get-Job-Attributes) until it completes, aborts or is canceled, within a time limit.
 *
 * Never twice: the job id goes into the ledger once the Print-Job connection is open, before
 * the document is written. Print-Job is sent again only when the printer provably did not
 * take it: no connection could be made, or it answered with a "busy"-type status. A lost
 * answer after sending is `printer_job_unconfirmed`, for a person to check.
 */
export class IppPrinter {
  private readonly ledger: JobLedger;
  private submissions: Promise<unknown> = Promise.resolve();
  private requestId = 0;

  constructor(private readonly options: IppPrinterOptions) {
    this.ledger = options.ledger ?? new MemoryJobLedger();
  }

  /** Get-Printer-Attributes, retried while the printer is unreachable. */
  async getStatus(): Promise<Result<PrinterStatus, IppPrinterError>> {
    const exchange = await this.withRetries(() =>
      this.send('Get-Printer-Attributes', {
        'requested-attributes': [
          'printer-state',
          'printer-state-reasons',
          'printer-state-message',
          'printer-is-accepting-jobs',
          'sides-supported',
          'document-format-supported',
        ],
      }),
    );
    if (exchange.status === 'error') return plain(exchange);
    const response = exchange.response;
    if (!isSuccessStatus(response.statusCode)) {
      return fail('printer_bad_response', `Принтер ${this.name} не сообщил своё состояние (${response.statusCode}).`);
    }
    return ok(printerStatusFrom(response.printerAttributes));
  }

  /** Prints one job and follows it to its end. Never rejects. */
  async print(job: DuplexJob): Promise<Result<IppJobReport, IppPrinterError>> {
    const checked = this.checkJob(job);
    if (checked.status === 'error') return checked;
    // Submissions go one at a time, so documents leave in the order they were given; the
    // following of each job runs alongside the next submission.
    const submitted = this.submissions.then(() => this.submit(checked.response));
    this.submissions = submitted.catch(() => undefined);
    const submission = await submitted;
    if (submission.status === 'error') return submission;
    return this.follow(checked.response, submission.response.printerJobId, submission.response.attempts);
  }

  private get name(): string {
    return this.options.uri;
  }

  private checkJob(job: DuplexJob): Result<Required<DuplexJob>, IppPrinterError> {
    if (!isValidJobId(job.jobId)) return fail('printer_invalid_job', 'У задания печати нет корректного идентификатора.');
    if (!(job.document instanceof Uint8Array) || !startsWithPdfHeader(job.document)) {
      return fail('printer_invalid_job', `Задание ${job.jobId}: документ не PDF — печатать нечего.`);
    }
    const copies = job.copies ?? 1;
    if (!Number.isInteger(copies) || copies < 1 || copies > 99) {
      return fail('printer_invalid_job', `Задание ${job.jobId}: число копий ${String(copies)}, нужно целое от 1 до 99.`);
    }
    const jobName = String(job.jobName ?? '').trim().slice(0, 255) || job.jobId;
    return ok({ jobId: job.jobId, document: job.document, jobName, copies, sides: job.sides ?? 'two-sided-long-edge' });
  }

  private async submit(job: Required<DuplexJob>): Promise<Result<{ printerJobId: number; attempts: number }, IppPrinterError>> {
    if (this.ledger.has(job.jobId)) {
      return fail('printer_job_duplicate', `Задание ${job.jobId} уже отправлено на принтер; повторная печать — только вручную.`);
    }
    const status = await this.getStatus();
    if (status.status === 'error') return status;
    const refusal = this.refusal(status.response, job);
    if (refusal !== undefined) return refusal;

    const attempts = this.attempts;
    for (let attempt = 1; ; attempt++) {
      const exchange = await this.send(
        'Print-Job',
        { 'requesting-user-name': this.options.userName ?? 'docflow', 'job-name': job.jobName, 'document-format': 'application/pdf' },
        { copies: job.copies, sides: job.sides },
        Buffer.from(job.document.buffer, job.document.byteOffset, job.document.byteLength),
        { timeoutMs: this.options.submitTimeoutMs ?? 60_000, beforeSend: () => this.ledger.add(job.jobId) },
      );
      if (exchange.status === 'error') {
        if (exchange.requestSent) {
          return fail('printer_job_unconfirmed', `${exchange.detail} Задание ${job.jobId} могло дойти до принтера: проверьте, напечаталось ли оно.`);
        }
        if (attempt >= attempts) return plain(exchange);
      } else {
        const { statusCode } = exchange.response;
        if (isSuccessStatus(statusCode)) return this.acceptedJob(exchange.response, job, attempt);
        // The printer answered with an error: it created no job, so the id may be used again.
        this.ledger.delete(job.jobId);
        if (!TRANSIENT_STATUSES.has(statusCode) || attempt >= attempts) return this.rejection(statusCode, job);
      }
      await sleep(retryDelayMs(attempt, this.options.retryBaseMs ?? 500));
    }
  }

  private acceptedJob(response: IppResponse, job: Required<DuplexJob>, attempts: number): Result<{ printerJobId: number; attempts: number }, IppPrinterError> {
    const printerJobId = integerOf(response.jobAttributes, 'job-id');
    if (printerJobId === undefined) {
      return fail('printer_job_unconfirmed', `Принтер ${this.name} принял задание ${job.jobId}, но не сообщил его номер: проверьте, напечаталось ли оно.`);
    }
    return ok({ printerJobId, attempts });
  }

  private refusal(status: PrinterStatus, job: Required<DuplexJob>): Failure<IppPrinterError> | undefined {
    if (!status.ready) return fail('printer_not_ready', notReadyDetail(status, this.name));
    if (job.sides !== 'one-sided' && status.sidesSupported.length > 0 && !status.sidesSupported.includes(job.sides)) {
      return fail('printer_duplex_unsupported', `Принтер ${this.name} не печатает с двух сторон (${job.sides}): выберите другой принтер.`);
    }
    const formats = status.formatsSupported;
    if (formats.length > 0 && !formats.includes('application/pdf') && !formats.includes('application/octet-stream')) {
      return fail('printer_format_unsupported', `Принтер ${this.name} не принимает PDF: выберите другой принтер или подключите его через CUPS.`);
    }
    return undefined;
  }

  private rejection(statusCode: string, job: Required<DuplexJob>): Failure<IppPrinterError> {
    if (statusCode === 'client-error-document-format-not-supported') {
      return fail('printer_format_unsupported', `Принтер ${this.name} не принял PDF задания ${job.jobId}.`);
    }
    if (statusCode === 'server-error-not-accepting-jobs') {
      return fail('printer_not_ready', `Принтер ${this.name} сейчас не принимает задания: задание ${job.jobId} напечатается при следующей попытке.`);
    }
    return fail('printer_rejected_job', `Принтер ${this.name} отклонил задание ${job.jobId} (${statusCode}).`);
  }

  /** Get-Job-Attributes until the job ends or the time runs out. */
  private async follow(job: Required<DuplexJob>, printerJobId: number, submitAttempts: number): Promise<Result<IppJobReport, IppPrinterError>> {
    const deadline = Date.now() + (this.options.jobTimeoutMs ?? 5 * 60_000);
    const interval = this.options.jobPollIntervalMs ?? 1000;
    let failures = 0;
    let last: IppJobReport | undefined;
    for (;;) {
      const exchange = await this.send('Get-Job-Attributes', {
        'job-id': printerJobId,
        'requested-attributes': ['job-state', 'job-state-reasons', 'sides', 'copies'],
      });
      if (exchange.status === 'success' && isSuccessStatus(exchange.response.statusCode)) {
        failures = 0;
        last = reportOf(job.jobId, printerJobId, exchange.response, submitAttempts);
        if (TERMINAL_STATES.has(last.state)) return this.outcome(last);
      } else if (++failures >= MAX_POLL_FAILURES) {
        return fail('printer_job_unconfirmed', `Принтер ${this.name} перестал сообщать о задании ${job.jobId}: проверьте, напечаталось ли оно.`);
      }
      if (Date.now() + interval > deadline) {
        const state = last === undefined ? 'неизвестно' : `${last.state}${last.stateReasons.length > 0 ? `, ${last.stateReasons.join(', ')}` : ''}`;
        return fail('printer_job_unconfirmed', `Задание ${job.jobId} не завершилось вовремя (состояние: ${state}): проверьте принтер.`);
      }
      await sleep(interval);
    }
  }

  private outcome(report: IppJobReport): Result<IppJobReport, IppPrinterError> {
    if (report.state === 'completed') return ok(report);
    const reasons = report.stateReasons.join(', ') || 'без объяснения';
    return fail('printer_job_failed', `Принтер ${this.name} не напечатал задание ${report.jobId}: ${report.state} (${reasons}).`);
  }

  private get attempts(): number {
    return Math.max(1, this.options.attempts ?? 3);
  }

  /** Repeats an idempotent request while it fails on the way (not when the printer answers). */
  private async withRetries(run: () => Promise<IppExchange>): Promise<IppExchange> {
    for (let attempt = 1; ; attempt++) {
      const exchange = await run();
      if (exchange.status === 'success' || attempt >= this.attempts) return exchange;
      await sleep(retryDelayMs(attempt, this.options.retryBaseMs ?? 500));
    }
  }

  private send(
    operation: string,
    operationAttributes: Readonly<Record<string, unknown>>,
    jobAttributes?: Readonly<Record<string, unknown>>,
    data?: Buffer,
    overrides: { timeoutMs?: number; beforeSend?: () => void } = {},
  ): Promise<IppExchange> {
    this.requestId = (this.requestId % 0x7fffffff) + 1;
    const message: Record<string, unknown> = {
      version: '2.0',
      operation,
      id: this.requestId,
      'operation-attributes-tag': {
        'attributes-charset': 'utf-8',
        'attributes-natural-language': 'en',
        'printer-uri': this.options.uri,
        ...operationAttributes,
      },
    };
    if (jobAttributes !== undefined) message['job-attributes-tag'] = jobAttributes;
    if (data !== undefined) message.data = data;
    return ippRequest(this.options.uri, message, {
      timeoutMs: overrides.timeoutMs ?? this.options.requestTimeoutMs ?? 10_000,
      ...(overrides.beforeSend === undefined ? {} : { beforeSend: overrides.beforeSend }),
    });
  }
}

function reportOf(jobId: string, printerJobId: number, response: IppResponse, submitAttempts: number): IppJobReport {
  const attributes = response.jobAttributes;
  const keyword = textOf(attributes, 'job-state');
  const number = integerOf(attributes, 'job-state');
  const known = Object.values(JOB_STATE_NUMBERS).find((name) => name === keyword);
  const state = known ?? (number === undefined ? undefined : JOB_STATE_NUMBERS[number]) ?? 'pending';
  const sides = textOf(attributes, 'sides');
  const copies = integerOf(attributes, 'copies');
  return {
    jobId,
    printerJobId,
    state,
    stateReasons: keywordsOf(attributes, 'job-state-reasons').filter((reason) => reason !== 'none'),
    ...(sides === undefined ? {} : { sides }),
    ...(copies === undefined ? {} : { copies }),
    submitAttempts,
  };
}

function startsWithPdfHeader(bytes: Uint8Array): boolean {
  const header = '%PDF-';
  return bytes.length > header.length && [...header].every((character, index) => bytes[index] === character.charCodeAt(0));
}

/** A transport failure without its `requestSent` flag, as callers see it. */
function plain(failure: Failure<IppPrinterError> & { readonly requestSent?: boolean }): Failure<IppPrinterError> {
  return fail(failure.type, failure.detail);
}
