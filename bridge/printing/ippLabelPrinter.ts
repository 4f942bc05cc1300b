import { fail, ok, type Result } from '../../shared/result';
import type { LabelPrinterPort } from '../core/devicePorts';
import type { PrinterStatus } from '../core/printerStatus';
import type { IppPrinter } from '../devices/printers';
import { encodeLabelAs, type LabelBitmap } from '../labels';
import { printerStatusOf, unreachableStatus } from './printerStatusOf';

/** A label printer reached over IPP: the label bitmap as a one-page PDF the size of the label. */
export class IppLabelPrinter implements LabelPrinterPort {
  constructor(
    private readonly printer: IppPrinter,
    private readonly now: () => number = Date.now,
  ) {}

  encode(label: LabelBitmap): Promise<Result<Uint8Array>> {
    return encodeLabelAs(label, 'pdf');
  }

  async send(pdf: Uint8Array, jobId: string, jobName: string): Promise<Result<void>> {
    const printed = await this.printer.print({ jobId, document: pdf, jobName, copies: 1, sides: 'one-sided' });
    return printed.status === 'error' ? fail(printed.type, printed.detail) : ok(undefined);
  }

  async status(): Promise<PrinterStatus> {
    const status = await this.printer.getStatus();
    return status.status === 'error' ? unreachableStatus('label', status.detail, this.now()) : printerStatusOf('label', status.response, this.now());
  }
}
