import type { LifecycleStatus } from '../../lifecycle/statuses';
import type { ProtocolVersion } from '../version';

/**
 * bridge → script: "where is this document?" — asked when an outgoing scan names a number the
 * local index does not hold even after catching up, so the desk can say why it prints nothing
 * (a draft still in approval, a document already sent, a number Docflow never issued) instead
 * of only "not awaiting mailing".
 */
export interface DocumentStatusRequest {
  readonly type: 'document_status_request';
  readonly version: ProtocolVersion;
  readonly bridgeId: string;
  readonly documentNumber: string;
}

/** script → bridge: the document's status in the Documents register, or null when it is not registered. */
export interface DocumentStatus {
  readonly type: 'document_status';
  readonly version: ProtocolVersion;
  readonly documentNumber: string;
  readonly status: LifecycleStatus | null;
}
