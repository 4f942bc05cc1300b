import { IppPrinter, MemoryJobLedger, ippRequest, type DuplexJob } from '../../../../../bridge/devices/printers';
import { freePort } from '../../../../helpers/ippeveprinter';
import { ippResponse, startFakeIppServer, type FakeIppServer, type IppHandler } from './fakeIppServer';
import { IPPEVEPRINTER_IDLE_ATTRIBUTES, recordedAttributesWith } from './recordedIppResponses';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const job = (overrides: Partial<DuplexJob> = {}): DuplexJob => ({ jobId: 'job-1', document: PDF, jobName: 'Договор № 2026-00042', copies: 2, ...overrides });
const FAST = { requestTimeoutMs: 2000, submitTimeoutMs: 2000, retryBaseMs: 5, jobPollIntervalMs: 5, jobTimeoutMs: 2000 };

/** A printer that answers with the recorded attributes and completes every job. */
function printerHandler(overrides: { attributes?: () => Buffer; printJob?: (id: number, count: number) => Buffer | 'hang'; jobState?: string } = {}): IppHandler {
  let printJobs = 0;
  return (request) => {
    switch (request.operation) {
      case 'Get-Printer-Attributes':
        return withId(overrides.attributes?.() ?? IPPEVEPRINTER_IDLE_ATTRIBUTES, request.id);
      case 'Print-Job':
        printJobs++;
        return overrides.printJob?.(request.id, printJobs) ?? ippResponse('successful-ok', request.id, { 'job-attributes-tag': { 'job-id': 7, 'job-state': 'pending' } });
      case 'Get-Job-Attributes':
        return ippResponse('successful-ok', request.id, {
          'job-attributes-tag': { 'job-id': 7, 'job-state': overrides.jobState ?? 'completed', 'job-state-reasons': 'job-completed-successfully', sides: 'two-sided-long-edge', copies: 2 },
        });
      default:
        return ippResponse('server-error-operation-not-supported', request.id);
    }
  };
}

/** The recorded response bytes with the request id of this request (bytes 4-7 of an IPP message). */
function withId(recorded: Buffer, id: number): Buffer {
  const copy = Buffer.from(recorded);
  copy.writeUInt32BE(id, 4);
  return copy;
}

describe('IPP duplex printer (against a fake printer speaking recorded responses)', () => {
  let server: FakeIppServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  async function printerWith(handler: IppHandler, options: { jobTimeoutMs?: number } = {}) {
    const ledger = new MemoryJobLedger();
    server = await startFakeIppServer(handler);
    return { printer: new IppPrinter({ uri: server.uri, ledger, ...FAST, ...options }), ledger, server };
  }

  const operations = () => server?.requests.map((request) => request.operation) ?? [];

  it('reads the recorded ippeveprinter attributes as a ready duplex PDF printer', async () => {
    const { printer } = await printerWith(printerHandler());
    const status = await printer.getStatus();
    expect(status).toEqual({
      status: 'success',
      response: {
        state: 'idle',
        acceptingJobs: true,
        problems: [],
        ready: true,
        message: 'Idle.',
        sidesSupported: ['one-sided', 'two-sided-long-edge', 'two-sided-short-edge'],
        formatsSupported: ['application/octet-stream', 'application/pdf'],
      },
    });
  });

  it('checks the printer, sends Print-Job with sides, copies and the PDF, then follows the job to completed', async () => {
    const { printer, ledger } = await printerWith(printerHandler());
    const result = await printer.print(job());
    expect(result).toEqual({
      status: 'success',
      response: { jobId: 'job-1', printerJobId: 7, state: 'completed', stateReasons: ['job-completed-successfully'], sides: 'two-sided-long-edge', copies: 2, submitAttempts: 1 },
    });
    expect(operations()).toEqual(['Get-Printer-Attributes', 'Print-Job', 'Get-Job-Attributes']);
    const printJob = server?.requests[1];
    expect(printJob?.operationAttributes).toMatchObject({ 'document-format': 'application/pdf', 'job-name': 'Договор № 2026-00042', 'requesting-user-name': 'docflow' });
    expect(printJob?.jobAttributes).toEqual({ copies: 2, sides: 'two-sided-long-edge' });
    expect(printJob?.data.equals(PDF)).toBe(true);
    expect(ledger.has('job-1')).toBe(true);
  });

  it.each([
    ['stopped with media-empty-error', { 'printer-state': 'stopped', 'printer-state-reasons': ['media-empty-error'] }, /нет бумаги/],
    ['offline', { 'printer-state': 'idle', 'printer-state-reasons': ['offline-report'] }, /не в сети/],
    ['paused (stopped, no reason)', { 'printer-state': 'stopped', 'printer-state-reasons': 'none' }, /остановлен/],
    ['not accepting jobs', { 'printer-is-accepting-jobs': false }, /не принимает задания/],
  ])('refuses to print when the printer is %s: typed not-ready error, nothing sent', async (_name, changes, detail) => {
    const { printer, ledger } = await printerWith(printerHandler({ attributes: () => recordedAttributesWith(changes) }));
    const result = await printer.print(job());
    expect(result.status === 'error' && result.type).toBe('printer_not_ready');
    expect(result.status === 'error' && result.detail).toMatch(detail);
    expect(operations()).toEqual(['Get-Printer-Attributes']);
    expect(ledger.has('job-1')).toBe(false);
  });

  it('prints through a warning (paper running low)', async () => {
    const { printer } = await printerWith(printerHandler({ attributes: () => recordedAttributesWith({ 'printer-state-reasons': ['media-low-warning'] }) }));
    expect((await printer.print(job())).status).toBe('success');
  });

  it('refuses duplex on a one-sided printer before sending anything', async () => {
    const { printer } = await printerWith(printerHandler({ attributes: () => recordedAttributesWith({ 'sides-supported': ['one-sided'] }) }));
    const result = await printer.print(job());
    expect(result.status === 'error' && result.type).toBe('printer_duplex_unsupported');
    expect(operations()).toEqual(['Get-Printer-Attributes']);
  });

  it.each([
    ['garbage instead of IPP', () => Buffer.from('<html>not a printer</html>')],
    ['a truncated response', () => IPPEVEPRINTER_IDLE_ATTRIBUTES.subarray(0, 40)],
    ['a response with no status code', () => Buffer.alloc(8)],
  ])('survives %s from the printer with a typed error (no crash)', async (_name, body) => {
    const { printer } = await printerWith(() => body());
    const status = await printer.getStatus();
    expect(status.status === 'error' && status.type).toBe('printer_bad_response');
    const printed = await printer.print(job());
    expect(printed.status === 'error' && printed.type).toBe('printer_bad_response');
    expect(operations().filter((operation) => operation === 'Print-Job')).toEqual([]);
  });

  it('reports an HTTP error status as a bad response', async () => {
    const { printer } = await printerWith(() => ({ status: 500, body: Buffer.from('oops') }));
    const status = await printer.getStatus();
    expect(status.status === 'error' && status.type).toBe('printer_bad_response');
  });

  it('times out a printer that never answers', async () => {
    server = await startFakeIppServer(() => 'hang');
    const printer = new IppPrinter({ uri: server.uri, ...FAST, requestTimeoutMs: 100, attempts: 2 });
    const status = await printer.getStatus();
    expect(status.status === 'error' && status.type).toBe('printer_timeout');
    expect(server.requests).toHaveLength(2);
  });

  it('retries a refused connection and reports the printer unreachable; the job stays printable', async () => {
    const ledger = new MemoryJobLedger();
    const port = await freePort();
    const printer = new IppPrinter({ uri: `ipp://127.0.0.1:${port}/ipp/print`, ledger, ...FAST });
    const result = await printer.print(job());
    expect(result.status === 'error' && result.type).toBe('printer_unreachable');
    expect(result.status === 'error' && result.detail).toMatch(/недоступен/);
    expect(ledger.has('job-1')).toBe(false);
  });

  it('sends Print-Job again after "server-error-busy" and prints once', async () => {
    const { printer } = await printerWith(
      printerHandler({
        printJob: (id, count) =>
          count === 1 ? ippResponse('server-error-busy', id) : ippResponse('successful-ok', id, { 'job-attributes-tag': { 'job-id': 7, 'job-state': 'pending' } }),
      }),
    );
    const result = await printer.print(job());
    expect(result.status === 'success' && result.response.submitAttempts).toBe(2);
    expect(operations().filter((operation) => operation === 'Print-Job')).toHaveLength(2);
  });

  it('gives up on a job the printer rejects, and the job may be sent again later', async () => {
    const { printer, ledger } = await printerWith(printerHandler({ printJob: (id) => ippResponse('client-error-document-format-not-supported', id) }));
    const result = await printer.print(job());
    expect(result.status === 'error' && result.type).toBe('printer_format_unsupported');
    expect(ledger.has('job-1')).toBe(false);
  });

  it('never sends a job twice: a Print-Job whose answer was lost is unconfirmed, and the same job id is refused after', async () => {
    const { printer, ledger } = await printerWith(printerHandler({ printJob: () => 'hang' }));
    const first = await printer.print(job());
    expect(first.status === 'error' && first.type).toBe('printer_job_unconfirmed');
    expect(ledger.has('job-1')).toBe(true);
    const second = await printer.print(job());
    expect(second.status === 'error' && second.type).toBe('printer_job_duplicate');
    expect(operations().filter((operation) => operation === 'Print-Job')).toHaveLength(1);
  });

  it('reports an aborted job as failed', async () => {
    const { printer } = await printerWith(printerHandler({ jobState: 'aborted' }));
    const result = await printer.print(job());
    expect(result.status === 'error' && result.type).toBe('printer_job_failed');
  });

  it('gives up following a job that never ends, without resending it', async () => {
    const { printer } = await printerWith(printerHandler({ jobState: 'processing-stopped' }), { jobTimeoutMs: 50 });
    const result = await printer.print(job());
    expect(result.status === 'error' && result.type).toBe('printer_job_unconfirmed');
    expect(result.status === 'error' && result.detail).toMatch(/processing-stopped/);
    expect(operations().filter((operation) => operation === 'Print-Job')).toHaveLength(1);
  });

  it.each([
    ['a document that is not a PDF', job({ document: Buffer.from('hello') })],
    ['zero copies', job({ copies: 0 })],
    ['an empty job id', job({ jobId: '' })],
  ])('refuses %s without contacting the printer', async (_name, bad) => {
    const { printer } = await printerWith(printerHandler());
    const result = await printer.print(bad);
    expect(result.status === 'error' && result.type).toBe('printer_invalid_job');
    expect(operations()).toEqual([]);
  });

  it('refuses a response larger than the limit', async () => {
    server = await startFakeIppServer((request) => ippResponse('successful-ok', request.id, { 'printer-attributes-tag': { 'printer-info': 'x'.repeat(5000) } }));
    const exchange = await ippRequest(server.uri, { version: '2.0', operation: 'Get-Printer-Attributes', id: 1, 'operation-attributes-tag': { 'attributes-charset': 'utf-8', 'attributes-natural-language': 'en', 'printer-uri': server.uri } }, { timeoutMs: 1000, maxResponseBytes: 1000 });
    expect(exchange.status === 'error' && exchange.type).toBe('printer_bad_response');
  });

  it('refuses a printer URI that is not ipp://', async () => {
    const exchange = await ippRequest('ftp://printer/', {}, { timeoutMs: 100 });
    expect(exchange.status === 'error' && exchange.type).toBe('printer_unreachable');
  });
});
