import type { ErrorMessage } from '../messages/errorMessage';
import { PROTOCOL_MESSAGE_TYPES, type ProtocolMessage, type ProtocolMessageType } from '../messages/protocolMessage';
import { PROTOCOL_VERSION } from '../version';
import { FREE_TEXT } from './commonRules';
import { describeJson, fieldOf, InvalidField, invalid, type Json, readOneOf, readRecord, readString, runValidation, type Validated } from './fieldReader';
import { readDocumentStatus, readDocumentStatusRequest } from './readDocumentStatus';
import { readIndexDelta, readIndexDeltaRequest } from './readIndexDelta';
import { readPrintJobPdf, readPrintJobPdfRequest } from './readPrintJobPdf';
import { readPrintJobAck, readPrintJobList, readPrintJobListRequest } from './readPrintJobs';
import { readScanEventAck, readScanEventBatch } from './readScanEvents';

/**
 * Checks a decoded JSON value against the protocol and returns a clean copy: only the fields the
 * message type defines, so anything extra a sender added does not travel further.
 *
 * `accepted` narrows what this endpoint takes (the script's scan endpoint takes a batch; the
 * bridge, waiting for its answer, takes an ack or an error); another type is `invalid_message`
 * at path `type`. A version other than 1 is `unsupported_version`.
 */
export function validateMessage(value: unknown, accepted: readonly ProtocolMessageType[] = PROTOCOL_MESSAGE_TYPES): Validated<ProtocolMessage> {
  return runValidation(() => readMessage(value, accepted));
}

function readMessage(value: unknown, accepted: readonly ProtocolMessageType[]): ProtocolMessage {
  const message = readRecord(value, '');
  const type = readOneOf(message, 'type', '', accepted);
  readVersion(message);
  switch (type) {
    case 'scan_event_batch':
      return readScanEventBatch(message);
    case 'scan_event_ack':
      return readScanEventAck(message);
    case 'print_job_list_request':
      return readPrintJobListRequest(message);
    case 'print_job_list':
      return readPrintJobList(message);
    case 'print_job_ack':
      return readPrintJobAck(message);
    case 'print_job_pdf_request':
      return readPrintJobPdfRequest(message);
    case 'print_job_pdf':
      return readPrintJobPdf(message);
    case 'index_delta_request':
      return readIndexDeltaRequest(message);
    case 'index_delta':
      return readIndexDelta(message);
    case 'document_status_request':
      return readDocumentStatusRequest(message);
    case 'document_status':
      return readDocumentStatus(message);
    case 'error':
      return readErrorMessage(message);
  }
}

function readVersion(message: Json): void {
  const version = fieldOf(message, 'version');
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) invalid('version', 'номер версии протокола', version);
  if (version !== PROTOCOL_VERSION) {
    throw new InvalidField(
      'version',
      `Версия протокола ${describeJson(version)} не поддерживается (ожидалась ${PROTOCOL_VERSION}): обновите мост или скрипт, чтобы версии совпадали.`,
      'unsupported_version',
    );
  }
}

function readErrorMessage(message: Json): ErrorMessage {
  return {
    type: 'error',
    version: PROTOCOL_VERSION,
    errorType: readString(message, 'errorType', '', { max: 64, pattern: /^[a-z][a-z0-9_]*$/, patternHint: 'код ошибки из строчных латинских букв, цифр и «_»' }),
    detail: readString(message, 'detail', '', FREE_TEXT),
  };
}
