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
  /** Post office envelope / tracking id scanned with the document, if any (the deal's timeline names it). */
  readonly envelopeId?: string;
  /**
   * Outgoing: the envelope the document went into, as the bridge numbers it (`kiosk-1-000042`,
   * printed on that envelope's form 107); documents sharing it travelled together.
   */
  readonly envelopeNumber?: string;
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
 * Where a deal stands after the batch's returns, as the Documents register now says: the script
 * decides whether a deal is complete (and moves it to its final stage), so the kiosk shows its
 * answer rather than a guess from the bridge's index, which may be a delta behind.
 */
export interface DealReturnProgress {
  readonly dealId: string;
  /** The deal's documents this batch registered as returned: how the bridge finds the deal of a scan. */
  readonly returned: readonly string[];
  /** The deal's documents whose signed copy is still awaited (annulled ones are not). */
  readonly awaiting: readonly string[];
  /** Every awaited signed copy is back. */
  readonly complete: boolean;
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
  /**
   * One entry per deal that a return accepted in this batch belongs to. Absent from a script
   * that predates it; the bridge then works the progress out from its own index.
   */
  readonly deals?: readonly DealReturnProgress[];
}
