export { BRIDGE_ID, formatEventKey, isEventKey, parseEventKey } from './eventKey';
export type { DocumentStatus, DocumentStatusRequest } from './messages/documentStatus';
export type { ErrorMessage } from './messages/errorMessage';
export type { IndexDelta, IndexDeltaRequest, IndexEntry } from './messages/indexDelta';
export {
  type PdfSource,
  PRINT_SIDES,
  type PrintJob,
  type PrintJobAck,
  type PrintJobList,
  type PrintJobListRequest,
  type PrintSides,
} from './messages/printJobs';
export { PDF_CHUNK_BYTES, type PrintJobPdf, type PrintJobPdfRequest } from './messages/printJobPdf';
export { type MessageOf, PROTOCOL_MESSAGE_TYPES, type ProtocolMessage, type ProtocolMessageType } from './messages/protocolMessage';
export {
  type DealReturnProgress,
  type RejectedScan,
  SCAN_MODES,
  SCAN_REJECT_REASONS,
  type ScanEvent,
  type ScanEventAck,
  type ScanEventBatch,
  type ScanMode,
  type ScanRejectReason,
} from './messages/scanEvents';
export { ENVELOPE_VERSION, MAX_BODY_LENGTH, NONCE_PATTERN, type SignedEnvelope, signingInput } from './signing/envelope';
export { bytesToHex, type HmacSha256, hmacSha256Hex } from './signing/hmac';
export { MemoryNonceStore, type NonceStore } from './signing/nonceStore';
export { type OpenFailure, openSignedMessage } from './signing/openSignedMessage';
export { encodeEnvelope, MIN_SECRET_LENGTH, signBody, type SignerDeps, signMessage } from './signing/signEnvelope';
export {
  DEFAULT_MAX_CLOCK_SKEW_MS,
  type EnvelopeError,
  type VerifiedEnvelope,
  type VerifierDeps,
  verifyEnvelope,
} from './signing/verifyEnvelope';
export type { MessageErrorType, MessageFailure, Validated } from './validation/fieldReader';
export {
  MAX_ADDRESS_LINES,
  MAX_INDEX_CHANGES_PER_DELTA,
  MAX_PRINT_COPIES,
  MAX_PRINT_JOBS_PER_LIST,
  MAX_DEAL_DOCUMENTS,
  MAX_SCAN_EVENTS_PER_BATCH,
  MAX_SCAN_PAYLOAD_LENGTH,
} from './validation/limits';
export { validateMessage } from './validation/validateMessage';
export { validateMessageText } from './validation/validateMessageText';
export { PROTOCOL_VERSION, type ProtocolVersion } from './version';
