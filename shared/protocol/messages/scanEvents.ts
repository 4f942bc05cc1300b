import type { ProtocolVersion } from '../version';

/** Outgoing: our papers leave (label and inventory list print); incoming: a signed copy returns. */
export type ScanMode = 'outgoing' | 'incoming';
export const SCAN_MODES: readonly ScanMode[] = ['outgoing', 'incoming'];

/** One scan as the bridge's outbox keeps it until the script acknowledges it. */
export interface ScanEvent {
  /** Local sequence number in the bridge's outbox, from 1, never reused. */
  readonly sequence: number;
  /** `bridgeId:sequence` — must agree with the batch's bridge id and this sequence. */
  readonly eventKey: string;
  /** The barcode text as scanned (shared/numbers/parseScan.ts reads it). */
  readonly payload: string;
  readonly mode: ScanMode;
  /** Which kiosk / mail desk. */
  readonly desk: string;
  /** Who was signed in at the desk. */
  readonly operator: string;
  /** ISO 8601, the bridge's clock. */
  readonly scannedAt: string;
  /** Post office envelope / tracking id scanned with the document, if any. */
  readonly envelopeId?: string;
}

/** bridge → script: push scans from the outbox (oldest first). */
export interface ScanEventBatch {
  readonly type: 'scan_event_batch';
  readonly version: ProtocolVersion;
  readonly bridgeId: string;
  readonly events: readonly ScanEvent[];
}

/** Why the script will never accept a scan; a rejected scan leaves the outbox for good. */
export type ScanRejectReason = 'unknown_document' | 'invalid_payload' | 'not_allowed_in_status' | 'wrong_mode';
export const SCAN_REJECT_REASONS: readonly ScanRejectReason[] = ['unknown_document', 'invalid_payload', 'not_allowed_in_status', 'wrong_mode'];

export interface RejectedScan {
  readonly eventKey: string;
  readonly reason: ScanRejectReason;
  /** What the kiosk shows the operator, in Russian. */
  readonly detail: string;
}

/**
 * script → bridge: the answer to a batch. Accepted keys include scans registered earlier (a
 * resend is accepted again, idempotently). A key in neither list stays in the outbox and goes
 * again with the next batch (e.g. the script ran out of time).
 */
export interface ScanEventAck {
  readonly type: 'scan_event_ack';
  readonly version: ProtocolVersion;
  readonly accepted: readonly string[];
  readonly rejected: readonly RejectedScan[];
}
