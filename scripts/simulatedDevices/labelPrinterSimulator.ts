import { startRawPrinter, type RawPrinter } from './rawPrinter';
import { renderZplToPng } from './renderZpl';

/** One label job as the simulated printer received it, with what it would have printed. */
export interface CapturedLabel {
  readonly index: number;
  /** The raw bytes sent to port 9100, base64. */
  readonly bytes: string;
  /** The ZPL rendered to PNG by zpl-renderer-js, base64 ('' when it could not be rendered). */
  readonly png: string;
  readonly renderError?: string;
}

export interface LabelPrinterSimulator {
  readonly port: number;
  /** Every job so far, rendered on demand (and once). */
  labels(): Promise<CapturedLabel[]>;
  stop(): Promise<void>;
}

/**
 * A ZPL label printer on TCP 9100 semantics for the local stack: it captures every job and renders
 * it to a PNG preview, the way the printer would have printed it.
 */
export async function startLabelPrinterSimulator(size: { widthMm: number; heightMm: number; dotsPerMm: number }): Promise<LabelPrinterSimulator> {
  const printer: RawPrinter = await startRawPrinter();
  const rendered: CapturedLabel[] = [];
  return {
    port: printer.port,
    async labels() {
      for (let index = rendered.length; index < printer.jobs.length; index++) {
        const job = printer.jobs[index] ?? Buffer.alloc(0);
        try {
          const png = await renderZplToPng(job.toString('latin1'), size.widthMm, size.heightMm, size.dotsPerMm);
          rendered.push({ index, bytes: job.toString('base64'), png: png.toString('base64') });
        } catch (error) {
          rendered.push({ index, bytes: job.toString('base64'), png: '', renderError: error instanceof Error ? error.message : String(error) });
        }
      }
      return rendered;
    },
    stop: () => printer.stop(),
  };
}
