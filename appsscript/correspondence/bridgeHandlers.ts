import type { DocumentStatus, DocumentStatusRequest, IndexDelta, IndexDeltaRequest, ScanEventAck, ScanEventBatch } from '../../shared/protocol';
import { fail, type Result } from '../../shared/result';
import { type BridgeAnswer, type BridgeHandlers, errorMessage } from '../bridgeApi/handleBridgeRequest';
import { appsLog } from '../platform/apps/appsServices';
import { appsRegistersDeps } from '../registerIndex/appsRegistersDeps';
import type { RegisterBroken } from '../registerIndex/registerHeader';
import { answerDocumentStatus } from './answerDocumentStatus';
import { answerIndexDelta } from './answerIndexDelta';
import { registerScanBatch, type ScanBatchError } from './registerScanBatch';

export type RegistersBridgeError = ScanBatchError | RegisterBroken | 'not_configured' | 'internal_error';

/**
 * The bridge dispatcher's handlers for the registers' messages, already verified and
 * validated by the dispatcher (shared/protocol openSignedMessage): they build the Apps Script
 * ports and never throw. A failure goes back to the bridge as a protocol `error` message with
 * `errorType` = the failure's type; the bridge then keeps its scans and tries again later.
 */
export function answerScanEventBatch(message: ScanEventBatch): Result<ScanEventAck, RegistersBridgeError> {
  return guarded('scan_event_batch', () => {
    const deps = appsRegistersDeps();
    return deps.status === 'error' ? deps : registerScanBatch(message, deps.response);
  });
}

export function answerIndexDeltaRequest(message: IndexDeltaRequest): Result<IndexDelta, RegistersBridgeError> {
  return guarded('index_delta_request', () => {
    const deps = appsRegistersDeps();
    return deps.status === 'error' ? deps : answerIndexDelta(message, deps.response);
  });
}

export function answerDocumentStatusRequest(message: DocumentStatusRequest): Result<DocumentStatus, RegistersBridgeError> {
  return guarded('document_status_request', () => {
    const deps = appsRegistersDeps();
    return deps.status === 'error' ? deps : answerDocumentStatus(message, deps.response);
  });
}

function guarded<T>(what: string, work: () => Result<T, RegistersBridgeError>): Result<T, RegistersBridgeError> {
  try {
    return work();
  } catch (error) {
    appsLog.error(`Bridge ${what} failed`, { error: String(error), stack: error instanceof Error ? error.stack : undefined });
    return fail('internal_error', 'Внутренняя ошибка Docflow при обработке запроса моста; подробности в журнале выполнения.');
  }
}

/**
 * The handlers in the shape of the review feature's bridge dispatcher
 * (bridgeApi/handleBridgeRequest.ts): a failure becomes a protocol `error` message. Wire with
 * `messages: { ...printJobHandlers(ports).messages, ...registersBridgeHandlers().messages }`.
 */
export function registersBridgeHandlers(): BridgeHandlers {
  return {
    messages: {
      scan_event_batch: (message) => answerOrError(answerScanEventBatch(message)),
      index_delta_request: (message) => answerOrError(answerIndexDeltaRequest(message)),
      document_status_request: (message) => answerOrError(answerDocumentStatusRequest(message)),
    },
  };
}

function answerOrError<T extends BridgeAnswer>(result: Result<T, RegistersBridgeError>): BridgeAnswer {
  return result.status === 'success' ? result.response : errorMessage(result.type, result.detail);
}
