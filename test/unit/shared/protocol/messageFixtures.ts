import type {
  DocumentStatus,
  DocumentStatusRequest,
  ErrorMessage,
  IndexDelta,
  IndexDeltaRequest,
  PrintJobAck,
  PrintJobList,
  PrintJobListRequest,
  ProtocolMessage,
  ScanEventAck,
  ScanEventBatch,
} from '../../../../shared/protocol';

export const SCAN_BATCH: ScanEventBatch = {
  type: 'scan_event_batch',
  version: 1,
  bridgeId: 'kiosk-1',
  events: [
    {
      sequence: 41,
      eventKey: 'kiosk-1:41',
      payload: 'DFC2600042K',
      mode: 'outgoing',
      desk: 'Почта, 1 этаж',
      operator: 'Смирнова Анна',
      scannedAt: '2026-03-02T09:15:04.120Z',
      envelopeId: 'RA123456785RU',
      envelopeNumber: 'kiosk-1-000042',
    },
    {
      sequence: 42,
      eventKey: 'kiosk-1:42',
      payload: 'DFSC2600042002K',
      mode: 'incoming',
      desk: 'Почта, 1 этаж',
      operator: 'Смирнова Анна',
      scannedAt: '2026-03-02T12:15:04+03:00',
    },
  ],
};

export const SCAN_ACK: ScanEventAck = {
  type: 'scan_event_ack',
  version: 1,
  accepted: ['kiosk-1:41'],
  rejected: [{ eventKey: 'kiosk-1:42', reason: 'unknown_document', detail: 'Документ не найден в реестре.' }],
};

/** An ack whose batch brought back signed copies: where their deals stand. */
export const SCAN_ACK_WITH_DEALS: ScanEventAck = {
  ...SCAN_ACK,
  deals: [
    { dealId: '7', returned: ['C-2026-00001'], awaiting: ['C-2026-00001.S001'], complete: false },
    { dealId: '8', returned: ['C-2026-00003'], awaiting: [], complete: true },
  ],
};

export const STATUS_REQUEST: DocumentStatusRequest = { type: 'document_status_request', version: 1, bridgeId: 'kiosk-1', documentNumber: 'C-2026-00042' };
export const STATUS_ANSWER: DocumentStatus = { type: 'document_status', version: 1, documentNumber: 'C-2026-00042', status: 'internal_approval' };
/** A number Docflow never registered. */
export const STATUS_UNREGISTERED: DocumentStatus = { type: 'document_status', version: 1, documentNumber: 'C-2026-00042', status: null };

export const PRINT_REQUEST: PrintJobListRequest = { type: 'print_job_list_request', version: 1, bridgeId: 'kiosk-1', limit: 10 };

export const PRINT_LIST: PrintJobList = {
  type: 'print_job_list',
  version: 1,
  jobs: [
    {
      jobId: 'job-2026-0001',
      documentNumber: 'C-2026-00042',
      pdf: { kind: 'url', url: 'https://docs.example/pdf/C-2026-00042.pdf' },
      copies: 2,
      sides: 'two-sided-long-edge',
      createdAt: '2026-03-02T09:00:00.000Z',
    },
    {
      jobId: 'job-2026-0002',
      documentNumber: 'C-2026-00042.S002',
      pdf: { kind: 'drive_file', fileId: '1AbCdEfGhIjKlMnOpQrStUvWxYz_0123456' },
      copies: 1,
      sides: 'one-sided',
      createdAt: '2026-03-02T09:00:01.000Z',
    },
  ],
};

export const PRINTED_ACK: PrintJobAck = { type: 'print_job_ack', version: 1, bridgeId: 'kiosk-1', jobId: 'job-2026-0001', outcome: 'printed' };
export const FAILED_ACK: PrintJobAck = {
  type: 'print_job_ack',
  version: 1,
  bridgeId: 'kiosk-1',
  jobId: 'job-2026-0002',
  outcome: 'failed',
  reason: 'IPP: client-error-document-format-not-supported\nПринтер не принимает PDF.',
};

export const INDEX_REQUEST: IndexDeltaRequest = { type: 'index_delta_request', version: 1, bridgeId: 'kiosk-1', since: 'c:2026-03-02T09:00:00Z#17' };
export const INDEX_REQUEST_FROM_SCRATCH: IndexDeltaRequest = { type: 'index_delta_request', version: 1, bridgeId: 'kiosk-1', since: null };

export const INDEX_DELTA: IndexDelta = {
  type: 'index_delta',
  version: 1,
  cursor: 'c:2026-03-02T09:30:00Z#18',
  hasMore: false,
  upserts: [
    {
      documentNumber: 'C-2026-00042',
      kind: 'contract',
      clientName: 'ООО «Ромашка»',
      postalAddressLines: ['ул. Ленина, д. 1, оф. 5', 'г. Минск', '220030', 'Беларусь'],
      dealId: '759',
      status: 'approved',
    },
  ],
  removals: ['C-2026-00040'],
};

export const ERROR_MESSAGE: ErrorMessage = {
  type: 'error',
  version: 1,
  errorType: 'stale_timestamp',
  detail: 'Время запроса отличается от времени сервера на 600 с.',
};

export const ALL_MESSAGES: readonly ProtocolMessage[] = [
  SCAN_BATCH,
  SCAN_ACK,
  SCAN_ACK_WITH_DEALS,
  PRINT_REQUEST,
  PRINT_LIST,
  PRINTED_ACK,
  FAILED_ACK,
  INDEX_REQUEST,
  INDEX_REQUEST_FROM_SCRATCH,
  INDEX_DELTA,
  STATUS_REQUEST,
  STATUS_ANSWER,
  STATUS_UNREGISTERED,
  ERROR_MESSAGE,
];

/** A deep copy as plain JSON, to mutate in a bad-input test. */
export function jsonCopy<T>(value: T): Record<string, unknown> {
  return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
}
