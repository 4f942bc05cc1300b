import type { DocumentKind } from '../../kinds/documentKinds';
import type { LifecycleStatus } from '../../lifecycle/statuses';
import type { ProtocolVersion } from '../version';

/**
 * bridge → script: "what changed in the documents awaiting mailing or return since my cursor?"
 * `since: null` asks for everything (first start, or a replica the bridge threw away).
 */
export interface IndexDeltaRequest {
  readonly type: 'index_delta_request';
  readonly version: ProtocolVersion;
  readonly bridgeId: string;
  readonly since: string | null;
}

/** What the bridge needs to print a label and recognise a scan without asking Google. */
export interface IndexEntry {
  readonly documentNumber: string;
  readonly kind: DocumentKind;
  readonly clientName: string;
  /** The postal address as the label prints it, one line per element. */
  readonly postalAddressLines: readonly string[];
  readonly dealId: string;
  readonly status: LifecycleStatus;
}

/**
 * script → bridge: entries to insert or replace, document numbers to drop, and the cursor to
 * send next time. `hasMore` says another request with the new cursor will return more now.
 */
export interface IndexDelta {
  readonly type: 'index_delta';
  readonly version: ProtocolVersion;
  readonly cursor: string;
  readonly hasMore: boolean;
  readonly upserts: readonly IndexEntry[];
  readonly removals: readonly string[];
}
