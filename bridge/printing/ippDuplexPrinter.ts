import { fail, ok, type Result } from '../../shared/result';
import type { DuplexPrinterPort, PdfPrintReceipt, PdfPrintRequest } from '../core/devicePorts';
import type { PrinterStatus } from '../core/printerStatus';
import type { IppPrinter } from '../devices/printers';
import { printerStatusOf, unreachableStatus } from './printerStatusOf';

/** The office duplex printer through the device layer's IPP client (state check, Print-Job, job follow-up). */
export class IppDuplexPrinter implements DuplexPrinterPort {
  constructor(
    private readonly printer: IppPrinter,
    private readonly now: () => number = Date.now,
  ) {}

  async printPdf(request: PdfPrintRequest): Promise<Result<PdfPrintReceipt>> {
    const printed = await this.printer.print({
      jobId: request.jobId,
      document: request.pdf,
      jobName: request.jobName,
      copies: request.copies,
      sides: request.sides,
    });
    if (printed.status === 'error') return fail(printed.type, printed.detail);
    const { printerJobId, sides, copies } = printed.response;
    return ok({ printerJobId, ...(sides === undefined ? {} : { sides }), ...(copies === undefined ? {} : { copies }) });
  }

  async status(): Promise<PrinterStatus> {
    const status = await this.printer.getStatus();
    return status.status === 'error' ? unreachableStatus('duplex', status.detail, this.now()) : printerStatusOf('duplex', status.response, this.now());
  }
}
