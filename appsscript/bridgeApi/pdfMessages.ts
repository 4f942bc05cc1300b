import { PROTOCOL_VERSION, type ProtocolVersion } from '../../shared/protocol';
import { BRIDGE_ID_RULE } from '../../shared/protocol/validation/commonRules';
import { fieldOf, InvalidField, invalid, type Json, readInteger, readRecord, readString, runValidation, type Validated } from '../../shared/protocol/validation/fieldReader';

/**
 * Fetching a print job's PDF, an addition to shared/protocol's print messages (the job list's
 * `pdf` is `{ kind: 'drive_file', fileId }`: the bridge asks the script for the bytes, since a
 * Drive file is not downloadable without Google credentials and the script cannot serve binary
 * content from a web app). Signed like every other message.
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
export const PDF_CHUNK_BYTES = 512 * 1024;

export const PDF_REQUEST_TYPE = 'print_job_pdf_request';

export interface PrintJobPdfRequest {
  readonly type: typeof PDF_REQUEST_TYPE;
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
  readonly data: string;
  readonly done: boolean;
}

/** The same job id rule as shared/protocol's print messages (readPrintJobs.ts). */
const JOB_ID = {
  max: 128,
  pattern: /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/,
  patternHint: 'идентификатор задания из латиницы, цифр и «_.:-» (до 128 символов)',
};

/** PDFs of contracts stay far below this; the offset is bounded so a hostile one is refused as such. */
const MAX_OFFSET = 200 * 1024 * 1024;

export function readPrintJobPdfRequest(value: unknown): Validated<PrintJobPdfRequest> {
  return runValidation(() => {
    const message: Json = readRecord(value, '');
    if (fieldOf(message, 'type') !== PDF_REQUEST_TYPE) invalid('type', `«${PDF_REQUEST_TYPE}»`, fieldOf(message, 'type'));
    const version = fieldOf(message, 'version');
    if (version !== PROTOCOL_VERSION) {
      throw new InvalidField('version', `Версия протокола ${String(version)} не поддерживается (ожидалась ${PROTOCOL_VERSION}).`, 'unsupported_version');
    }
    return {
      type: PDF_REQUEST_TYPE,
      version: PROTOCOL_VERSION,
      bridgeId: readString(message, 'bridgeId', '', BRIDGE_ID_RULE),
      jobId: readString(message, 'jobId', '', JOB_ID),
      offset: readInteger(message, 'offset', '', 0, MAX_OFFSET),
    };
  });
}
