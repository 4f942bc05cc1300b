/**
 * Print jobs from the script against a real IPP printer (CUPS's ippeveprinter): the bridge
 * pulls the signed job list, downloads the PDF, prints it two-sided-long-edge with its copies,
 * records it and acknowledges it; the spooled file is the PDF. Closing an envelope prints its
 * inventory list (form 107) on the same printer.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { IppPrinter } from '../../../bridge/devices/printers';
import type { PdfPrintReceipt } from '../../../bridge/core/devicePorts';
import { IppDuplexPrinter } from '../../../bridge/printing/ippDuplexPrinter';
import { SqliteJobLedger } from '../../../bridge/store/sqliteJobLedger';
import { openDatabase } from '../../../bridge/store/openDatabase';
import { startIppEvePrinter, type IppEvePrinter } from '../../helpers/ippeveprinter';
import { entry, payloadOf, ROMASHKA } from '../../unit/bridge/server/helpers/documents';
import { waitFor } from '../../unit/bridge/server/helpers/waitFor';
import { FakeScript, type FakeScriptServer, startFakeScriptServer } from './helpers/fakeScript';
import { startTestServer, type TestServer } from './helpers/runningBridge';

function contractPdf(): Promise<Buffer> {
  return new Promise((done, fail) => {
    const document = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => done(Buffer.concat(chunks)));
    document.on('error', fail);
    document.text('Contract C-2026-00042, page 1');
    document.addPage();
    document.text('Page 2: signatures');
    document.end();
  });
}

describe('print jobs on an IPP printer', () => {
  let ipp: IppEvePrinter;
  let script: FakeScript;
  let scriptServer: FakeScriptServer;
  let bridge: TestServer;
  let ledgerFolder: string;
  let ledgerDatabase: ReturnType<typeof openDatabase>;
  const receipts: PdfPrintReceipt[] = [];

  beforeAll(async () => {
    ipp = await startIppEvePrinter();
    script = new FakeScript();
    scriptServer = await startFakeScriptServer(script);
    ledgerFolder = mkdtempSync(join(tmpdir(), 'docflow-ipp-ledger-'));
    ledgerDatabase = openDatabase(ledgerFolder);
    // The real device layer against ippeveprinter, polled fast; wrapped only to see its receipts.
    const device = new IppDuplexPrinter(
      new IppPrinter({ uri: ipp.uri, jobPollIntervalMs: 100, jobTimeoutMs: 25_000, retryBaseMs: 50, ledger: new SqliteJobLedger(ledgerDatabase, 'duplex') }),
    );
    bridge = await startTestServer(
      {
        scriptUrl: scriptServer.url,
        devices: { duplexPrinter: { uri: ipp.uri } },
        sync: { printJobsIntervalMs: 1000, retryBaseMs: 100, maxBackoffMs: 1000 },
        sender: { name: 'ООО «Докфлоу»', addressLines: ['г. Москва, ул. Тверская, д. 1', '125009'] },
      },
      {
        duplexPrinter: {
          status: () => device.status(),
          printPdf: async (request) => {
            const result = await device.printPdf(request);
            if (result.status === 'success') receipts.push(result.response);
            return result;
          },
        },
      },
    );
  });

  afterAll(async () => {
    await bridge?.close();
    await scriptServer?.stop();
    await ipp?.stop();
    ledgerDatabase?.close();
    rmSync(ledgerFolder, { recursive: true, force: true });
  });

  const spooled = () => readdirSync(ipp.spoolDir).filter((file) => file.endsWith('.pdf'));

  it('prints a job from the script two-sided-long-edge, then acknowledges it', async () => {
    const pdf = await contractPdf();
    scriptServer.files.set('C-2026-00042.pdf', pdf);
    script.jobs = [
      {
        jobId: 'job-2026-0001',
        documentNumber: 'C-2026-00042',
        pdf: { kind: 'url', url: `http://127.0.0.1:${scriptServer.port}/files/C-2026-00042.pdf` },
        copies: 2,
        sides: 'two-sided-long-edge',
        createdAt: new Date().toISOString(),
      },
    ];
    await waitFor('the acknowledgement', () => script.printAcks.length === 1, 30_000);
    expect(script.printAcks[0]).toMatchObject({ jobId: 'job-2026-0001', outcome: 'printed' });
    expect(receipts[0]).toMatchObject({ sides: 'two-sided-long-edge', copies: 2 });
    const files = spooled();
    expect(files).toHaveLength(1);
    expect(readFileSync(join(ipp.spoolDir, files[0] ?? '')).equals(pdf)).toBe(true);
  });

  it('prints the inventory list of a closed envelope', async () => {
    script.upsert(entry('C-2026-00043', ROMASHKA));
    await bridge.runtime.syncIndex();
    const before = spooled();
    expect((await bridge.post('/api/scan', { code: payloadOf('C-2026-00043'), source: 'wedge' })).status).toBe(200);
    expect((await bridge.post('/api/envelope/close', {})).status).toBe(200);
    await waitFor('the inventory list printed', () => spooled().length === before.length + 1 && receipts.length === 2, 30_000);
    const added = spooled().find((file) => !before.includes(file)) ?? '';
    expect(readFileSync(join(ipp.spoolDir, added)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(receipts[receipts.length - 1]).toMatchObject({ sides: 'one-sided', copies: 1 });
  });
});
