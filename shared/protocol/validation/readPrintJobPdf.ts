import type { PrintJobPdf, PrintJobPdfRequest } from '../messages/printJobPdf';
import { PDF_CHUNK_BYTES } from '../messages/printJobPdf';
import { PROTOCOL_VERSION } from '../version';
import { BRIDGE_ID_RULE } from './commonRules';
import { invalid, type Json, readBoolean, readInteger, readRegistryNumber, readString } from './fieldReader';
import { JOB_ID } from './readPrintJobs';

/** Contracts' PDFs stay far below this; a larger offset or size is refused as hostile. */
const MAX_PDF_BYTES = 200 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function readPrintJobPdfRequest(message: Json): PrintJobPdfRequest {
  return {
    type: 'print_job_pdf_request',
    version: PROTOCOL_VERSION,
    bridgeId: readString(message, 'bridgeId', '', BRIDGE_ID_RULE),
    jobId: readString(message, 'jobId', '', JOB_ID),
    offset: readInteger(message, 'offset', '', 0, MAX_PDF_BYTES),
  };
}

export function readPrintJobPdf(message: Json): PrintJobPdf {
  const offset = readInteger(message, 'offset', '', 0, MAX_PDF_BYTES);
  const length = readInteger(message, 'length', '', 0, PDF_CHUNK_BYTES);
  const totalBytes = readInteger(message, 'totalBytes', '', 0, MAX_PDF_BYTES);
  if (offset + length > totalBytes) invalid('length', `не больше ${totalBytes - offset} (остаток файла)`, length);
  const data = readString(message, 'data', '', { max: Math.ceil(PDF_CHUNK_BYTES / 3) * 4, pattern: BASE64, patternHint: 'base64' });
  if (Math.floor((data.length * 3) / 4) - (data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0) !== length) {
    invalid('data', `base64 ровно ${length} байт`, `${data.length} символов`);
  }
  const done = readBoolean(message, 'done', '');
  if (done !== (offset + length === totalBytes)) invalid('done', `${offset + length === totalBytes}`, done);
  return {
    type: 'print_job_pdf',
    version: PROTOCOL_VERSION,
    jobId: readString(message, 'jobId', '', JOB_ID),
    documentNumber: readRegistryNumber(message, 'documentNumber', ''),
    offset,
    length,
    totalBytes,
    data,
    done,
  };
}
