import { fail, ok, type Result } from '../../shared/result';
import type { EventBus } from '../core/eventBus';
import type { LabelPrinterPort } from '../core/devicePorts';
import type { Logger } from '../core/logger';
import { type LabelBitmap, type LabelInput, packLabel, type PackedLabel, unpackLabel } from '../labels';
import type { LabelPreviews } from './labelPreviews';
import { labelKey, LabelsDrawnAhead } from './labelsDrawnAhead';
import { SerialQueue } from './serialQueue';

export interface LabelServiceDeps {
  /** renderLabel bound to the configured size and resolution. */
  readonly render: (input: LabelInput) => Result<LabelBitmap>;
  /** null when the settings name no label printer: labels are still drawn for the preview. */
  readonly printer: LabelPrinterPort | null;
  readonly previews: LabelPreviews;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly newId: () => string;
  /** Labels kept drawn ahead of their scans (LabelsDrawnAhead). */
  readonly drawnAheadCapacity?: number;
}

/** A label ready to print: drawn, packed for the preview, and encoded if it was drawn ahead. */
export interface PreparedLabel {
  readonly packed: PackedLabel;
  /** The printer's bytes when encoded ahead; otherwise the label is encoded as it is printed. */
  readonly bytes: Uint8Array | null;
  /** The bitmap of a label drawn at the scan, so printing need not unpack it. */
  readonly bitmap: LabelBitmap | null;
}

/**
 * Draws address labels and sends them to the label printer, one at a time in scan order. A
 * label is drawn once: the same bitmap is kept for the kiosk preview and sent to the printer,
 * so what the operator sees is what printed (DESIGN.md decision 6).
 *
 * Drawing and encoding take a few milliseconds each, too much for the scan-to-label budget
 * (bench/bridge.bench.ts), and they need nothing but the index entry. So the labels of the
 * documents waiting to be mailed are drawn and encoded ahead (`drawAhead`, driven by
 * DrawLabelsAhead when the index changes) and a scan of one of them only sends its bytes. A
 * document the bridge has not drawn yet is drawn at the scan, as before.
 */
export class LabelService {
  private readonly queue = new SerialQueue();
  private readonly ahead: LabelsDrawnAhead;

  constructor(private readonly deps: LabelServiceDeps) {
    this.ahead = new LabelsDrawnAhead(deps.drawnAheadCapacity);
  }

  get configured(): boolean {
    return this.deps.printer !== null;
  }

  /** How many labels are kept drawn ahead at most. */
  get drawnAheadCapacity(): number {
    return this.ahead.capacity;
  }

  /**
   * Draws and encodes the label a document's envelope would get, unless it is already drawn
   * from the same input. Resolves with whether it drew anything.
   */
  async drawAhead(documentNumber: string, input: LabelInput): Promise<Result<boolean>> {
    const key = labelKey(input);
    if (this.ahead.get(documentNumber, key) !== undefined) return ok(false);
    const rendered = this.deps.render(input);
    if (rendered.status === 'error') return rendered;
    let bytes: Uint8Array | null = null;
    if (this.deps.printer !== null) {
      const encoded = await this.deps.printer.encode(rendered.response);
      if (encoded.status === 'success') bytes = encoded.response;
      else this.deps.logger.warn({ documentNumber, detail: encoded.detail }, 'label drawn ahead but not encoded');
    }
    this.ahead.put(documentNumber, { key, packed: packLabel(rendered.response), bytes });
    return ok(true);
  }

  /** The label for a scan: the one drawn ahead from this input, or drawn now (synchronously). Kept for the preview. */
  prepare(documentNumber: string, input: LabelInput): Result<{ readonly labelId: string; readonly label: PreparedLabel }> {
    const drawn = this.ahead.get(documentNumber, labelKey(input));
    let label: PreparedLabel;
    if (drawn !== undefined) {
      label = { packed: drawn.packed, bytes: drawn.bytes, bitmap: null };
    } else {
      const rendered = this.deps.render(input);
      if (rendered.status === 'error') return rendered;
      label = { packed: packLabel(rendered.response), bytes: null, bitmap: rendered.response };
    }
    const labelId = this.deps.newId();
    this.deps.previews.put(labelId, label.packed);
    return ok({ labelId, label });
  }

  /** Queues the label for printing; reports progress on the bus and resolves with the outcome. */
  print(labelId: string, label: PreparedLabel, jobName: string): Promise<Result<void>> {
    const printer = this.deps.printer;
    if (printer === null) {
      const detail = 'Принтер наклеек не настроен: наклейка показана на экране, но не напечатана.';
      this.deps.bus.emit('labelChanged', { labelId, state: 'not_printed', detail });
      return Promise.resolve(fail('label_printer_not_configured', detail));
    }
    this.deps.bus.emit('labelChanged', { labelId, state: 'printing', detail: 'Наклейка печатается…' });
    return this.queue.add(async () => {
      let result: Result<void>;
      try {
        const bytes = label.bytes === null ? await printer.encode(label.bitmap ?? unpackLabel(label.packed)) : ok(label.bytes);
        result = bytes.status === 'error' ? bytes : await printer.send(bytes.response, labelId, jobName);
      } catch (error) {
        // The port promises a Result; an exception is a bug in the adapter, reported as a failure all the same.
        this.deps.logger.error({ err: error, labelId }, 'label printer adapter threw');
        result = fail('label_printer_failed', `Наклейка не напечатана: ${error instanceof Error ? error.message : String(error)}.`);
      }
      if (result.status === 'success') {
        this.deps.bus.emit('labelChanged', { labelId, state: 'printed', detail: 'Наклейка напечатана.' });
        this.deps.bus.emit('printerChanged', { printer: 'label', state: 'ready', detail: 'Готов', checkedAt: new Date().toISOString() });
      } else {
        this.deps.logger.warn({ labelId, type: result.type, detail: result.detail }, 'label not printed');
        this.deps.bus.emit('labelChanged', { labelId, state: 'failed', detail: result.detail });
        this.deps.bus.emit('printerChanged', { printer: 'label', state: 'offline', detail: result.detail, checkedAt: new Date().toISOString() });
      }
      return result;
    });
  }

  /** Resolves when every label queued so far has been sent (for a graceful stop and for tests). */
  idle(): Promise<void> {
    return this.queue.idle();
  }
}
