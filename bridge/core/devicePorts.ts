import type { PrintSides } from '../../shared/protocol';
import type { Result } from '../../shared/result';
import type { LabelBitmap } from '../labels';
import type { PrinterStatus } from './printerStatus';

/**
 * What the server side needs from the printers, whatever drives them (bridge/devices: raw
 * TCP 9100, IPP). Runtime wiring (bridge/runtime/createPrinters.ts) adapts the device layer to
 * these; tests pass fakes. Every call resolves to a Result — a printer problem is an answer,
 * not an exception — with a Russian `detail` for the kiosk.
 */
/**
 * A label printer in two steps, so that a label can be drawn and encoded before its document
 * is scanned (bridge/printing/labelService.ts) and the scan only sends bytes.
 */
export interface LabelPrinterPort {
  /** The label in the printer's language, ready to send. */
  encode(label: LabelBitmap): Promise<Result<Uint8Array>>;
  /** Sends encoded bytes; `jobId` names the label once: the device layer never sends one job id twice. */
  send(bytes: Uint8Array, jobId: string, jobName: string): Promise<Result<void>>;
  status(): Promise<PrinterStatus>;
}

export interface PdfPrintRequest {
  /** Names the job once: the device layer never sends one job id twice, across restarts too. */
  readonly jobId: string;
  readonly pdf: Uint8Array;
  readonly copies: number;
  readonly sides: PrintSides;
  /** Shown in the printer's queue: the document number or "Опись …". */
  readonly jobName: string;
}

export interface PdfPrintReceipt {
  /** The printer's job-id, when it gave one. */
  readonly printerJobId: number | null;
  /** The job's sides and copies as the printer recorded them (IPP Get-Job-Attributes), when it said. */
  readonly sides?: string;
  readonly copies?: number;
}

export interface DuplexPrinterPort {
  printPdf(request: PdfPrintRequest): Promise<Result<PdfPrintReceipt>>;
  status(): Promise<PrinterStatus>;
}
