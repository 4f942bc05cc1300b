import type { DocumentStatus, DocumentStatusRequest } from './documentStatus';
import type { ErrorMessage } from './errorMessage';
import type { IndexDelta, IndexDeltaRequest } from './indexDelta';
import type { PrintJobPdf, PrintJobPdfRequest } from './printJobPdf';
import type { PrintJobAck, PrintJobList, PrintJobListRequest } from './printJobs';
import type { ScanEventAck, ScanEventBatch } from './scanEvents';

/** Every message of the bridge⇄script protocol, told apart by `type`. */
export type ProtocolMessage =
  | ScanEventBatch
  | ScanEventAck
  | PrintJobListRequest
  | PrintJobList
  | PrintJobAck
  | PrintJobPdfRequest
  | PrintJobPdf
  | IndexDeltaRequest
  | IndexDelta
  | DocumentStatusRequest
  | DocumentStatus
  | ErrorMessage;

export type ProtocolMessageType = ProtocolMessage['type'];

export const PROTOCOL_MESSAGE_TYPES: readonly ProtocolMessageType[] = [
  'scan_event_batch',
  'scan_event_ack',
  'print_job_list_request',
  'print_job_list',
  'print_job_ack',
  'print_job_pdf_request',
  'print_job_pdf',
  'index_delta_request',
  'index_delta',
  'document_status_request',
  'document_status',
  'error',
];

export type MessageOf<T extends ProtocolMessageType> = Extract<ProtocolMessage, { readonly type: T }>;
