import { fail, ok, type Result } from '../../shared/result';
import type { LabelPrinterPort } from '../core/devicePorts';
import type { PrinterStatus } from '../core/printerStatus';
import type { RawPrinterClient } from '../devices/printers';
import { encodeLabel, type LabelBitmap, type LabelEncodeOptions, type RasterLabelFormat } from '../labels';

/**
 * A label printer on raw TCP 9100 (ZPL, TSPL or ESC/POS): the label bitmap is encoded in the
 * printer's language and sent on a fresh connection. The protocol has no status query, so the
 * state is what the last job showed.
 */
export class RawLabelPrinter implements LabelPrinterPort {
  private last: PrinterStatus;

  constructor(
    private readonly client: RawPrinterClient,
    private readonly format: RasterLabelFormat,
    private readonly options: LabelEncodeOptions = {},
    private readonly now: () => number = Date.now,
  ) {
    this.last = { printer: 'label', state: 'unknown', detail: 'ещё не печатал', checkedAt: new Date(this.now()).toISOString() };
  }

  async encode(label: LabelBitmap): Promise<Result<Uint8Array>> {
    return encodeLabel(label, this.format, this.options);
  }

  async send(bytes: Uint8Array, jobId: string): Promise<Result<void>> {
    const sent = await this.client.print(jobId, bytes);
    const checkedAt = new Date(this.now()).toISOString();
    if (sent.status === 'error') {
      this.last = { printer: 'label', state: 'offline', detail: sent.detail, checkedAt };
      return fail(sent.type, sent.detail);
    }
    this.last = { printer: 'label', state: 'ready', detail: 'Готов', checkedAt };
    return ok(undefined);
  }

  async status(): Promise<PrinterStatus> {
    return this.last;
  }
}
