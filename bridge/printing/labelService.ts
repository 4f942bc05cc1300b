import { fail, ok, type Result } from '../../shared/result';
import type { EventBus } from '../core/eventBus';
import type { LabelPrinterPort } from '../core/devicePorts';
import type { Logger } from '../core/logger';
import type { LabelBitmap, LabelInput } from '../labels';
import type { LabelPreviews } from './labelPreviews';
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
}

/**
 * Draws address labels and sends them to the label printer, one at a time in scan order. The
 * bitmap is drawn once: the same object is stored for the kiosk preview and handed to the
 * printer, so what the operator sees is what printed (DESIGN.md decision 6).
 */
export class LabelService {
  private readonly queue = new SerialQueue();

  constructor(private readonly deps: LabelServiceDeps) {}

  /** Draws the label (synchronously, a few milliseconds) and keeps it for the preview. */
  prepare(input: LabelInput): Result<{ readonly labelId: string; readonly label: LabelBitmap }> {
    const rendered = this.deps.render(input);
    if (rendered.status === 'error') return rendered;
    const labelId = this.deps.newId();
    this.deps.previews.put(labelId, rendered.response);
    return ok({ labelId, label: rendered.response });
  }

  get configured(): boolean {
    return this.deps.printer !== null;
  }

  /** Queues the label for printing; reports progress on the bus and resolves with the outcome. */
  print(labelId: string, label: LabelBitmap, jobName: string): Promise<Result<void>> {
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
        result = await printer.print(label, labelId, jobName);
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
