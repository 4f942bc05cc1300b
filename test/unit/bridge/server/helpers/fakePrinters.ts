import { fail, ok, type Result } from '../../../../../shared/result';
import type { DuplexPrinterPort, LabelPrinterPort, PdfPrintReceipt, PdfPrintRequest } from '../../../../../bridge/core/devicePorts';
import type { PrinterStatus } from '../../../../../bridge/core/printerStatus';
import type { LabelBitmap } from '../../../../../bridge/labels';

export interface PrintedLabel {
  readonly label: LabelBitmap;
  readonly jobId: string;
  readonly jobName: string;
  /** What the test wanted to know at the moment the label reached the printer (e.g. the outbox depth). */
  readonly observed: unknown;
}

/**
 * A label printer that records what it was given; `failWith` makes the next jobs fail. Its
 * "printer language" is the bitmap's own bytes, so every printed job maps back to its bitmap.
 */
export class FakeLabelPrinter implements LabelPrinterPort {
  readonly printed: PrintedLabel[] = [];
  /** Labels encoded, at a scan or drawn ahead. */
  encoded = 0;
  failWith: string | null = null;
  observe: () => unknown = () => undefined;
  private readonly bitmaps = new WeakMap<Uint8Array, LabelBitmap>();

  async encode(label: LabelBitmap): Promise<Result<Uint8Array>> {
    const bytes = Uint8Array.from(label.data);
    this.bitmaps.set(bytes, label);
    this.encoded += 1;
    return ok(bytes);
  }

  async send(bytes: Uint8Array, jobId: string, jobName: string): Promise<Result<void>> {
    if (this.failWith !== null) return fail('printer_unreachable', this.failWith);
    const label = this.bitmaps.get(bytes);
    if (label === undefined) throw new Error('the fake printer was sent bytes it did not encode');
    this.printed.push({ label, jobId, jobName, observed: this.observe() });
    return ok(undefined);
  }

  async status(): Promise<PrinterStatus> {
    return { printer: 'label', state: 'ready', detail: 'Готов', checkedAt: new Date().toISOString() };
  }
}

/** A duplex printer that records PDFs; `answers` scripts the outcomes of the next jobs. */
export class FakeDuplexPrinter implements DuplexPrinterPort {
  readonly printed: PdfPrintRequest[] = [];
  readonly attempts: PdfPrintRequest[] = [];
  answers: Result<PdfPrintReceipt>[] = [];

  async printPdf(request: PdfPrintRequest): Promise<Result<PdfPrintReceipt>> {
    this.attempts.push(request);
    const answer = this.answers.shift() ?? ok({ printerJobId: this.printed.length + 1 });
    if (answer.status === 'success') this.printed.push(request);
    return answer;
  }

  async status(): Promise<PrinterStatus> {
    return { printer: 'duplex', state: 'ready', detail: 'Готов', checkedAt: new Date().toISOString() };
  }
}
