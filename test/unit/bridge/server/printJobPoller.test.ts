import { fail } from '../../../../shared/result';
import type { PrintJob } from '../../../../shared/protocol';
import { createTestBridge, type TestBridge } from './helpers/testBridge';
import { waitFor } from './helpers/waitFor';

const PDF = new TextEncoder().encode('%PDF-1.4\n% test document\n%%EOF\n');
const SETTINGS = { sync: { printJobsIntervalMs: 1000, retryBaseMs: 100, maxBackoffMs: 1000, printAttempts: 2 }, devices: { duplexPrinter: { uri: 'ipp://printer.test/ipp/print' } } };

function job(jobId: string, overrides: Partial<PrintJob> = {}): PrintJob {
  return {
    jobId,
    documentNumber: 'C-2026-00042',
    pdf: { kind: 'url', url: `http://script.test/files/${jobId}.pdf` },
    copies: 2,
    sides: 'two-sided-long-edge',
    createdAt: '2026-03-02T09:00:00.000Z',
    ...overrides,
  };
}

describe('the print-job poller', () => {
  let bridge: TestBridge;

  afterEach(async () => {
    await bridge?.close();
  });

  async function startWithJobs(...jobs: PrintJob[]): Promise<void> {
    bridge = await createTestBridge({ settings: SETTINGS });
    bridge.script.jobs = jobs;
    for (const item of jobs) bridge.fetch.files.set(`${item.jobId}.pdf`, PDF);
    await bridge.runtime.start();
  }

  const ledger = (jobId: string) =>
    bridge.runtime.database.prepare('SELECT state, acknowledged, attempts, reason FROM print_jobs WHERE job_id = ?').get(jobId) as
      | { state: string; acknowledged: number; attempts: number; reason: string | null }
      | undefined;

  it('prints a job with its copies and sides, records it, then acknowledges it', async () => {
    await startWithJobs(job('job-1'));
    await waitFor('the acknowledgement', () => bridge.script.printAcks.length === 1);
    expect(bridge.duplexPrinter.printed).toEqual([{ jobId: 'job-1', pdf: PDF, copies: 2, sides: 'two-sided-long-edge', jobName: 'C-2026-00042' }]);
    expect(bridge.script.printAcks[0]).toMatchObject({ jobId: 'job-1', outcome: 'printed', bridgeId: 'kiosk-1' });
    expect(ledger('job-1')).toMatchObject({ state: 'printed', acknowledged: 1 });
  });

  it('does not print a job twice when the script offers it again (its acknowledgement lost on the way)', async () => {
    await startWithJobs(job('job-1'));
    await waitFor('printed and recorded', () => ledger('job-1')?.state === 'printed');
    // The script never heard: it offers the job again.
    bridge.script.jobs = [job('job-1')];
    await waitFor('a second acknowledgement', () => bridge.script.printAcks.length >= 2);
    expect(bridge.duplexPrinter.attempts).toHaveLength(1);
    expect(bridge.script.printAcks.every((ack) => ack.outcome === 'printed')).toBe(true);
  });

  it('tries again while the printer is not ready, then reports the job failed', async () => {
    await startWithJobs(job('job-1'));
    bridge.duplexPrinter.answers = [
      fail('printer_not_ready', 'Принтер не готов: нет бумаги.'),
      fail('printer_not_ready', 'Принтер не готов: нет бумаги.'),
    ];
    await waitFor('the failure acknowledgement', () => bridge.script.printAcks.length === 1, 15_000);
    expect(bridge.duplexPrinter.attempts).toHaveLength(2);
    expect(bridge.script.printAcks[0]).toMatchObject({ jobId: 'job-1', outcome: 'failed', reason: expect.stringContaining('нет бумаги') });
    expect(ledger('job-1')).toMatchObject({ state: 'failed', attempts: 2, acknowledged: 1 });
  });

  it('never resends a job the printer may already have: reported failed for a person to check', async () => {
    await startWithJobs(job('job-1'));
    bridge.duplexPrinter.answers = [fail('printer_job_unconfirmed', 'Задание job-1 могло дойти до принтера: проверьте, напечаталось ли оно.')];
    await waitFor('the failure acknowledgement', () => bridge.script.printAcks.length === 1);
    expect(bridge.duplexPrinter.attempts).toHaveLength(1);
    expect(bridge.script.printAcks[0]).toMatchObject({ outcome: 'failed', reason: expect.stringContaining('проверьте') });
  });

  it('reports a job whose file is not a PDF, or whose Drive file the script does not know, without printing it', async () => {
    await startWithJobs(job('job-html'), job('job-drive', { pdf: { kind: 'drive_file', fileId: 'abc123' } }));
    bridge.fetch.files.set('job-html.pdf', new TextEncoder().encode('<html>login</html>'));
    await waitFor('both acknowledged', () => bridge.script.printAcks.length === 2);
    expect(bridge.duplexPrinter.attempts).toHaveLength(0);
    expect(bridge.script.printAcks).toEqual([
      expect.objectContaining({ jobId: 'job-html', outcome: 'failed', reason: expect.stringContaining('не PDF') }),
      expect.objectContaining({ jobId: 'job-drive', outcome: 'failed', reason: expect.stringContaining('нет в очереди печати') }),
    ]);
  });

  it('fetches a Drive PDF from the script slice by slice and prints it whole', async () => {
    const big = new Uint8Array(2500);
    big.set(PDF);
    for (let i = PDF.length; i < big.length; i++) big[i] = i % 251;
    bridge = await createTestBridge({ settings: SETTINGS });
    bridge.script.pdfSliceBytes = 1000;
    bridge.script.driveFiles.set('drive-1', big);
    bridge.script.jobs = [job('job-drive', { pdf: { kind: 'drive_file', fileId: 'drive-1' } })];
    await bridge.runtime.start();
    await waitFor('the acknowledgement', () => bridge.script.printAcks.length === 1);
    expect(bridge.script.printAcks[0]).toMatchObject({ jobId: 'job-drive', outcome: 'printed' });
    expect(bridge.duplexPrinter.printed).toHaveLength(1);
    expect(Buffer.from(bridge.duplexPrinter.printed[0]?.pdf ?? new Uint8Array()).equals(Buffer.from(big))).toBe(true);
    expect(bridge.script.requests.filter((type) => type === 'print_job_pdf_request')).toHaveLength(3);
  });

  it('prints nothing when the script answers with a slice of another job', async () => {
    bridge = await createTestBridge({ settings: SETTINGS });
    bridge.script.driveFiles.set('drive-1', PDF);
    bridge.script.jobs = [job('job-drive', { pdf: { kind: 'drive_file', fileId: 'drive-1' } })];
    bridge.script.tamperPdfSlice = (slice) => ({ ...slice, jobId: 'job-other' });
    await bridge.runtime.start();
    await waitFor('the failure acknowledgement', () => bridge.script.printAcks.length === 1);
    expect(bridge.duplexPrinter.attempts).toHaveLength(0);
    expect(bridge.script.printAcks[0]).toMatchObject({ jobId: 'job-drive', outcome: 'failed', reason: expect.stringContaining('не тот фрагмент') });
  });

  it('keeps the outcome of a printed job when the acknowledgement cannot be sent, and sends it once the script is back', async () => {
    await startWithJobs();
    bridge.script.jobs = [job('job-1')];
    bridge.fetch.files.set('job-1.pdf', PDF);
    let acknowledgementsRefused = 0;
    const handle = bridge.script.handle.bind(bridge.script);
    bridge.script.handle = async (body: string) => {
      if (body.includes('print_job_ack') && acknowledgementsRefused < 2) {
        acknowledgementsRefused += 1;
        throw new Error('the script is down');
      }
      return handle(body);
    };
    // The fake fetch turns a throwing script into a failed request, as a network error looks.
    await waitFor('the acknowledgement finally arrives', () => bridge.script.printAcks.length === 1, 15_000);
    expect(bridge.duplexPrinter.attempts).toHaveLength(1);
    expect(ledger('job-1')).toMatchObject({ state: 'printed', acknowledged: 1 });
  });
});
