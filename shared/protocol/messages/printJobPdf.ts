/**
 * Fetching a print job's PDF. A job list names the PDF as `{ kind: 'drive_file', fileId }`: a
 * Drive file cannot be downloaded without Google credentials and a web app cannot answer with
 * binary content, so the bridge asks the script for the bytes, signed like every other message.
 *
 *   bridge → script  { type: 'print_job_pdf_request', version: 1, bridgeId, jobId, offset }
 *   script → bridge  { type: 'print_job_pdf', version: 1, jobId, documentNumber, offset, length,
 *                      totalBytes, data (base64 of bytes [offset, offset + length)), done }
 *
 * The PDF comes in slices of at most PDF_CHUNK_BYTES: base64 grows it by a third, and a signed
 * envelope's body may hold at most MAX_BODY_LENGTH (1 000 000) characters, so one slice of
 * 512 KiB (699 052 base64 characters) always fits with room for the JSON around it. The bridge
 * asks again with offset + length until `done`.
 */
import type { ProtocolVersion } from '../version';

export const PDF_CHUNK_BYTES = 512 * 1024;

export interface PrintJobPdfRequest {
  readonly type: 'print_job_pdf_request';
  readonly version: ProtocolVersion;
  readonly bridgeId: string;
  readonly jobId: string;
  readonly offset: number;
}

export interface PrintJobPdf {
  readonly type: 'print_job_pdf';
  readonly version: ProtocolVersion;
  readonly jobId: string;
  readonly documentNumber: string;
  readonly offset: number;
  readonly length: number;
  readonly totalBytes: number;
  /** Base64 of the slice's bytes. */
  readonly data: string;
  readonly done: boolean;
}
