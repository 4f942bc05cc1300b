/**
 * A stand-in for the Apps Script web app as the bridge sees it: it verifies every request with
 * shared/protocol (signature, freshness, nonce, message shape), registers scan events once per
 * event key (as the real script dedupes), serves index deltas with a cursor and print jobs, and
 * answers with signed envelopes. `handle` is the whole script; startFakeScriptServer puts it on
 * a real HTTP port, fakeScriptFetch hands it to the bridge as its fetch.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import {
  type DealReturnProgress,
  encodeEnvelope,
  type HmacSha256,
  type IndexEntry,
  MemoryNonceStore,
  openSignedMessage,
  type PrintJob,
  type PrintJobAck,
  type PrintJobPdf,
  type ProtocolMessage,
  type ScanEvent,
  type ScanRejectReason,
  signMessage,
} from '../../../../shared/protocol';
import type { LifecycleStatus } from '../../../../shared/lifecycle';

export const SCRIPT_SECRET = 'test-shared-secret-0123456789';

const hmac: HmacSha256 = (key, message) => createHmac('sha256', key).update(message, 'utf8').digest();

interface IndexChange {
  readonly version: number;
  readonly documentNumber: string;
  readonly entry: IndexEntry | null;
}

export class FakeScript {
  /** Each event key once, in the order the script first received it: the register. */
  readonly registered: ScanEvent[] = [];
  /** Every event received, resends included. */
  readonly received: ScanEvent[] = [];
  readonly printAcks: PrintJobAck[] = [];
  readonly requests: ProtocolMessage['type'][] = [];
  /** Payloads the script refuses, with the reason it gives. */
  readonly rejections = new Map<string, { reason: ScanRejectReason; detail: string }>();
  /** Registry number → status in the register, for document_status; a number not here is not registered. */
  readonly statuses = new Map<string, LifecycleStatus>();
  /** Answer document_status_request like a script that predates it (an `invalid_message` error). */
  documentStatusUnsupported = false;
  /** Payload → where its deal stands, sent in the ack when that scan is accepted (as the real script does for returns). */
  readonly dealReports = new Map<string, DealReturnProgress>();
  /** Print jobs waiting for this bridge (removed when acknowledged). */
  jobs: PrintJob[] = [];
  /** Drive files of print jobs with pdf.kind 'drive_file', served by print_job_pdf_request. */
  readonly driveFiles = new Map<string, Uint8Array>();
  /** Bytes per print_job_pdf slice (small values exercise multi-slice transfers). */
  pdfSliceBytes = 512 * 1024;
  /** Lets a test corrupt the slices the script sends (a script that mixes jobs up). */
  tamperPdfSlice: (slice: PrintJobPdf) => PrintJobPdf = (slice) => slice;
  /** Upserts per delta answer. */
  deltaPageSize = 500;
  /** When set, a scan batch is recorded and then answered only after this promise resolves (or never). */
  holdBatches: Promise<void> | undefined;
  private readonly nonces = new MemoryNonceStore(() => Date.now());
  private changes: IndexChange[] = [];
  private version = 0;
  private readonly keys = new Set<string>();

  constructor(readonly secret: string = SCRIPT_SECRET) {}

  upsert(...entries: IndexEntry[]): void {
    for (const entry of entries) this.changes.push({ version: ++this.version, documentNumber: entry.documentNumber, entry });
  }

  remove(...documentNumbers: string[]): void {
    for (const documentNumber of documentNumbers) this.changes.push({ version: ++this.version, documentNumber, entry: null });
  }

  /** Verifies a request body and returns the signed answer's text. */
  async handle(body: string): Promise<string> {
    const opened = openSignedMessage(body, { secret: this.secret, hmac, now: Date.now, nonces: this.nonces });
    if (opened.status === 'error') return this.sign({ type: 'error', version: 1, errorType: opened.type, detail: opened.detail });
    const message = opened.response;
    this.requests.push(message.type);
    switch (message.type) {
      case 'scan_event_batch': {
        const accepted: string[] = [];
        const rejected: { eventKey: string; reason: ScanRejectReason; detail: string }[] = [];
        const deals: DealReturnProgress[] = [];
        for (const event of message.events) {
          this.received.push(event);
          if (!this.keys.has(event.eventKey)) {
            this.keys.add(event.eventKey);
            this.registered.push(event);
          }
          const rejection = this.rejections.get(event.payload);
          if (rejection === undefined) accepted.push(event.eventKey);
          else rejected.push({ eventKey: event.eventKey, ...rejection });
          const report = this.dealReports.get(event.payload);
          if (rejection === undefined && report !== undefined) deals.push(report);
        }
        if (this.holdBatches !== undefined) await this.holdBatches;
        return this.sign({ type: 'scan_event_ack', version: 1, accepted, rejected, ...(deals.length === 0 ? {} : { deals }) });
      }
      case 'index_delta_request':
        return this.sign(this.delta(message.since));
      case 'document_status_request':
        if (this.documentStatusUnsupported) return this.sign({ type: 'error', version: 1, errorType: 'invalid_message', detail: `Скрипт не принимает ${message.type}.` });
        return this.sign({ type: 'document_status', version: 1, documentNumber: message.documentNumber, status: this.statuses.get(message.documentNumber) ?? null });
      case 'print_job_list_request':
        return this.sign({ type: 'print_job_list', version: 1, jobs: this.jobs.slice(0, message.limit ?? 50) });
      case 'print_job_pdf_request': {
        const job = this.jobs.find((candidate) => candidate.jobId === message.jobId);
        const file = job?.pdf.kind === 'drive_file' ? this.driveFiles.get(job.pdf.fileId) : undefined;
        if (job === undefined || file === undefined) {
          return this.sign({ type: 'error', version: 1, errorType: 'unknown_job', detail: `Задания ${message.jobId} нет в очереди печати.` });
        }
        const slice = file.subarray(message.offset, message.offset + this.pdfSliceBytes);
        const done = message.offset + slice.length >= file.length;
        return this.sign(this.tamperPdfSlice({
          type: 'print_job_pdf',
          version: 1,
          jobId: job.jobId,
          documentNumber: job.documentNumber,
          offset: message.offset,
          length: slice.length,
          totalBytes: file.length,
          data: Buffer.from(slice).toString('base64'),
          done,
        }));
      }
      case 'print_job_ack':
        this.printAcks.push(message);
        this.jobs = this.jobs.filter((job) => job.jobId !== message.jobId);
        return this.sign({ type: 'print_job_list', version: 1, jobs: [] });
      default:
        return this.sign({ type: 'error', version: 1, errorType: 'invalid_message', detail: `Скрипт не принимает ${message.type}.` });
    }
  }

  private delta(since: string | null): ProtocolMessage {
    const after = since === null ? 0 : Number(since);
    const latest = new Map<string, IndexChange>();
    for (const change of this.changes) if (change.version > after) latest.set(change.documentNumber, change);
    const ordered = [...latest.values()].sort((a, b) => a.version - b.version);
    const page = ordered.slice(0, this.deltaPageSize);
    const last = page[page.length - 1];
    return {
      type: 'index_delta',
      version: 1,
      cursor: String(last?.version ?? after),
      hasMore: ordered.length > page.length,
      upserts: page.filter((change) => change.entry !== null).map((change) => change.entry as IndexEntry),
      removals: since === null ? [] : page.filter((change) => change.entry === null).map((change) => change.documentNumber),
    };
  }

  private sign(message: ProtocolMessage): string {
    return encodeEnvelope(signMessage(message, { secret: this.secret, hmac, now: Date.now, newNonce: randomUUID }));
  }
}

export interface FakeScriptServer {
  readonly url: string;
  readonly port: number;
  /** Files served at GET /files/<name> (PDFs of print jobs). */
  readonly files: Map<string, Uint8Array>;
  /** While false, every connection is dropped at once, as an unreachable Google looks. */
  setOnline(online: boolean): void;
  stop(): Promise<void>;
}

export function startFakeScriptServer(script: FakeScript, port = 0): Promise<FakeScriptServer> {
  const files = new Map<string, Uint8Array>();
  const sockets = new Set<Socket>();
  let online = true;
  const server: Server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (!online) {
      request.socket.destroy();
      return;
    }
    if (request.method === 'GET' && request.url?.startsWith('/files/') === true) {
      const file = files.get(decodeURIComponent(request.url.slice('/files/'.length)));
      if (file === undefined) return void response.writeHead(404).end();
      return void response.writeHead(200, { 'content-type': 'application/pdf' }).end(Buffer.from(file));
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      script.handle(Buffer.concat(chunks).toString('utf8')).then(
        (answer) => {
          if (!response.destroyed) response.writeHead(200, { 'content-type': 'application/json' }).end(answer);
        },
        () => response.destroy(),
      );
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    if (!online) socket.destroy();
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address !== null ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${bound}/exec`,
        port: bound,
        files,
        setOnline(value) {
          online = value;
          if (!value) for (const socket of sockets) socket.destroy();
        },
        stop() {
          for (const socket of sockets) socket.destroy();
          return new Promise((done) => server.close(() => done()));
        },
      });
    });
  });
}

/** The fake script as a fetch function, for unit tests: no sockets. `offline()` makes it fail as fetch does. */
export function fakeScriptFetch(script: FakeScript): typeof fetch & { online: boolean; files: Map<string, Uint8Array> } {
  const files = new Map<string, Uint8Array>();
  const fake = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    if (!fake.online) throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') });
    const url = String(input instanceof Request ? input.url : input);
    const file = /\/files\/(.+)$/.exec(url);
    if (file !== null) {
      const bytes = files.get(decodeURIComponent(file[1] ?? ''));
      return bytes === undefined ? new Response('not found', { status: 404 }) : new Response(Buffer.from(bytes), { status: 200 });
    }
    const answer = await script.handle(String(init?.body ?? ''));
    return new Response(answer, { status: 200, headers: { 'content-type': 'application/json' } });
  };
  fake.online = true;
  fake.files = files;
  return fake as typeof fetch & { online: boolean; files: Map<string, Uint8Array> };
}
