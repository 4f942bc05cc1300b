/**
 * The duplex printer path against CUPS's IPP Everywhere reference printer (ippeveprinter):
 * a 2-page PDF, two copies, two-sided-long-edge; the spooled file is the document and the
 * printer's job attributes say two-sided-long-edge.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { IppPrinter, MemoryJobLedger } from '../../../bridge/devices/printers';
import { encodeLabelPdf, renderLabel } from '../../../bridge/labels';
import { freePort, startIppEvePrinter, type IppEvePrinter } from '../../helpers/ippeveprinter';

function twoPagePdf(): Promise<Buffer> {
  return new Promise((done, fail) => {
    const document = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => done(Buffer.concat(chunks)));
    document.on('error', fail);
    document.text('Page 1: contract');
    document.addPage();
    document.text('Page 2: signatures');
    document.end();
  });
}

const FAST = { jobPollIntervalMs: 100, jobTimeoutMs: 25_000, retryBaseMs: 50 };

describe('IPP duplex printer against ippeveprinter', () => {
  let ipp: IppEvePrinter;
  beforeAll(async () => {
    ipp = await startIppEvePrinter();
  });
  afterAll(async () => {
    await ipp.stop();
  });

  const spooled = () => readdirSync(ipp.spoolDir).filter((file) => file.endsWith('.pdf'));

  it('reports the printer ready, duplex and PDF-capable', async () => {
    const status = await new IppPrinter({ uri: ipp.uri }).getStatus();
    expect(status.status === 'success' && status.response).toMatchObject({ ready: true, state: 'idle' });
    expect(status.status === 'success' && status.response.sidesSupported).toContain('two-sided-long-edge');
    expect(status.status === 'success' && status.response.formatsSupported).toContain('application/pdf');
  });

  it('prints a 2-page PDF two-sided-long-edge with 2 copies: the file is spooled and the job says so', async () => {
    const ledger = new MemoryJobLedger();
    const printer = new IppPrinter({ uri: ipp.uri, ledger, ...FAST });
    const pdf = await twoPagePdf();
    const before = spooled();
    const result = await printer.print({ jobId: 'doc-C-2026-00042', document: pdf, jobName: 'Договор 2026-00042', copies: 2, sides: 'two-sided-long-edge' });
    if (result.status === 'error') throw new Error(`${result.type}: ${result.detail}\n${ipp.log()}`);
    expect(result.response).toMatchObject({ state: 'completed', sides: 'two-sided-long-edge', copies: 2, submitAttempts: 1 });
    const added = spooled().filter((file) => !before.includes(file));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(new RegExp(`^${result.response.printerJobId}-`));
    expect(readFileSync(join(ipp.spoolDir, added[0] ?? '')).equals(pdf)).toBe(true);
    expect(ledger.has('doc-C-2026-00042')).toBe(true);

    // The same job id again is refused and nothing more reaches the printer.
    const again = await printer.print({ jobId: 'doc-C-2026-00042', document: pdf, jobName: 'Договор 2026-00042', copies: 2 });
    expect(again.status === 'error' && again.type).toBe('printer_job_duplicate');
    expect(spooled()).toHaveLength(before.length + 1);
  });

  it('prints the PDF label one-sided (a label printer reached over IPP)', async () => {
    const label = renderLabel(
      { addressee: 'ООО «Вектор»', addressLines: ['ул. Тверская, д.\u00a07', 'г. Москва'], postcode: '125009', title: 'Договор №\u00a02026-00042', payload: 'DFC2600042U' },
      { widthMm: 100, heightMm: 50, dpi: 203 },
    );
    if (label.status === 'error') throw new Error(label.detail);
    const pdf = await encodeLabelPdf(label.response);
    if (pdf.status === 'error') throw new Error(pdf.detail);
    const result = await new IppPrinter({ uri: ipp.uri, ...FAST }).print({ jobId: 'label-1', document: pdf.response, jobName: 'Этикетка', sides: 'one-sided' });
    expect(result.status === 'success' && result.response).toMatchObject({ state: 'completed', sides: 'one-sided' });
  });

  it('reports a printer that refuses the connection with a typed error; nothing is printed', async () => {
    const before = spooled().length;
    const printer = new IppPrinter({ uri: `ipp://127.0.0.1:${await freePort()}/ipp/print`, attempts: 2, retryBaseMs: 10 });
    const result = await printer.print({ jobId: 'doc-2', document: await twoPagePdf(), jobName: 'x' });
    expect(result.status === 'error' && result.type).toBe('printer_unreachable');
    expect(spooled()).toHaveLength(before);
  });
});
