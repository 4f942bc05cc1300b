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

/** A label printer that records what it was given; `failWith` makes the next jobs fail. */
export class FakeLabelPrinter implements LabelPrinterPort {
  readonly printed: PrintedLabel[] = [];
  failWith: string | null = null;
  observe: () => unknown = () => undefined;

  async print(label: LabelBitmap, jobId: string, jobName: string): Promise<Result<void>> {
    if (this.failWith !== null) return fail('printer_unreachable', this.failWith);
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
