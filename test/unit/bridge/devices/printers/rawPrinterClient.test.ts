import { MemoryJobLedger, RawPrinterClient } from '../../../../../bridge/devices/printers';
import { freePort } from '../../../../helpers/ippeveprinter';
import { startRawPrinter, type RawPrinter } from '../../../../helpers/rawPrinter';

const FAST = { retryBaseMs: 5, connectTimeoutMs: 1000, closeTimeoutMs: 500 };

describe('raw TCP 9100 label printer client', () => {
  let printer: RawPrinter | undefined;
  afterEach(async () => {
    await printer?.stop();
    printer = undefined;
  });

  it('sends a job over its own connection and the printer receives exactly its bytes', async () => {
    printer = await startRawPrinter();
    const client = new RawPrinterClient({ host: '127.0.0.1', port: printer.port, ...FAST });
    const bytes = Buffer.from('^XA^FO10,10^GFA,2,2,1,FF00^FS^XZ');
    const result = await client.print('label-1', bytes);
    expect(result).toEqual({ status: 'success', response: { jobId: 'label-1', bytes: bytes.length, attempts: 1 } });
    expect(await printer.waitForJobs(1)).toEqual([bytes]);
  });

  it('sends jobs one at a time, in order, each on a new connection', async () => {
    printer = await startRawPrinter();
    const client = new RawPrinterClient({ host: '127.0.0.1', port: printer.port, ...FAST });
    const results = await Promise.all(['a', 'b', 'c'].map((name) => client.print(name, Buffer.from(`job ${name}`))));
    expect(results.every((result) => result.status === 'success')).toBe(true);
    expect((await printer.waitForJobs(3)).map((job) => job.toString())).toEqual(['job a', 'job b', 'job c']);
    expect(printer.connections()).toBe(3);
  });

  it('retries a refused connection, then reports it; nothing is recorded as sent', async () => {
    const ledger = new MemoryJobLedger();
    const client = new RawPrinterClient({ host: '127.0.0.1', port: await freePort(), ledger, attempts: 3, ...FAST });
    const result = await client.print('label-1', Buffer.from('^XA^XZ'));
    expect(result.status === 'error' && result.type).toBe('printer_connection_refused');
    expect(result.status === 'error' && result.detail).toMatch(/отказал в соединении/);
    expect(ledger.has('label-1')).toBe(false);
  });

  it('prints after the printer comes back (reconnects on the next attempt)', async () => {
    const port = await freePort();
    const client = new RawPrinterClient({ host: '127.0.0.1', port, attempts: 1, ...FAST });
    const offline = await client.print('label-1', Buffer.from('first'));
    expect(offline.status === 'error' && offline.type).toBe('printer_connection_refused');
    printer = await startRawPrinter({ port });
    const online = await client.print('label-1', Buffer.from('first'));
    expect(online.status).toBe('success');
    expect(await printer.waitForJobs(1)).toEqual([Buffer.from('first')]);
  });

  it('never sends a job twice: a connection broken mid-job is "outcome unknown", not retried, and the job id is refused after', async () => {
    printer = await startRawPrinter({ resetAfterBytes: 1000 });
    const ledger = new MemoryJobLedger();
    const client = new RawPrinterClient({ host: '127.0.0.1', port: printer.port, ledger, attempts: 3, ...FAST });
    const big = Buffer.alloc(8 * 1024 * 1024, 0x41);
    const result = await client.print('label-1', big);
    expect(result.status === 'error' && result.type).toBe('printer_outcome_unknown');
    expect(printer.connections()).toBe(1);
    const again = await client.print('label-1', big);
    expect(again.status === 'error' && again.type).toBe('printer_job_duplicate');
    expect(printer.connections()).toBe(1);
    expect(ledger.has('label-1')).toBe(true);
  });

  it('refuses a job id already in the ledger without connecting', async () => {
    printer = await startRawPrinter();
    const ledger = new MemoryJobLedger();
    ledger.add('label-1');
    const client = new RawPrinterClient({ host: '127.0.0.1', port: printer.port, ledger, ...FAST });
    const result = await client.print('label-1', Buffer.from('x'));
    expect(result.status === 'error' && result.type).toBe('printer_job_duplicate');
    expect(printer.connections()).toBe(0);
  });

  it.each([
    ['an empty job', 'label-1', new Uint8Array(0)],
    ['an empty job id', '', Buffer.from('x')],
    ['a job id with control characters', 'a\nb', Buffer.from('x')],
  ])('refuses %s', async (_name, jobId, bytes) => {
    printer = await startRawPrinter();
    const client = new RawPrinterClient({ host: '127.0.0.1', port: printer.port, ...FAST });
    const result = await client.print(jobId, bytes);
    expect(result.status === 'error' && result.type).toBe('printer_invalid_job');
    expect(printer.connections()).toBe(0);
  });
});
