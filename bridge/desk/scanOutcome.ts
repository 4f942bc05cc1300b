import type { ScanMode } from '../../shared/protocol';
import type { DocumentView } from './documentView';

/** What a scan did. The first three are successes: the scan is in the outbox. */
export type ScanResult =
  /** Outgoing: first document for this addressee: a new envelope, its label is printing. */
  | 'envelope_opened'
  /** Outgoing: same addressee as the open envelope: added to it, no new label. */
  | 'envelope_extended'
  /** Incoming: our signed copy is back; registered once the script acknowledges. */
  | 'return_registered'
  | 'foreign_code'
  | 'bad_check_character'
  | 'malformed'
  /** Neither the local index nor the script knows the number. */
  | 'unknown_document'
  /** The number is not in the local index and the script cannot be asked right now. */
  | 'script_unreachable'
  /** The document's status does not allow mailing it (draft, under approval, annulled...). */
  | 'not_ready_for_mailing'
  | 'already_sent'
  | 'already_returned'
  /** The same document was scanned already and that scan is waiting for the script. */
  | 'duplicate_scan';

export const QUEUED_RESULTS: readonly ScanResult[] = ['envelope_opened', 'envelope_extended', 'return_registered'];

/** Which of the kiosk's sounds to play: success, or the distinct error buzz. */
export type ScanSound = 'ok' | 'error';

export interface LabelInfo {
  readonly labelId: string | null;
  readonly state: 'printing' | 'printed' | 'failed' | 'not_printed';
  readonly detail: string;
}

/** Whether the deal has every signed copy back, known once the script accepted the return. */
export interface DealProgress {
  readonly dealId: string;
  /** Documents of the deal still awaiting their signed copy. */
  readonly awaiting: readonly string[];
  readonly complete: boolean;
  /** `script`: the registers' answer in the ack; `index`: worked out from the local index (an older script). */
  readonly source: 'script' | 'index';
}

export interface ScanOutcome {
  /** Identifies this row in the kiosk's list of recent scans. */
  readonly id: string;
  /** ISO 8601. */
  readonly at: string;
  readonly mode: ScanMode;
  /** The code as read, for the operator (shortened if absurdly long). */
  readonly code: string;
  readonly source: string;
  readonly result: ScanResult;
  readonly ok: boolean;
  readonly sound: ScanSound;
  /** Russian headline: "Новый конверт: наклейка печатается". */
  readonly message: string;
  /** Russian detail: what happened and what to do. */
  readonly detail: string;
  readonly document: DocumentView | null;
  readonly eventKey: string | null;
  readonly envelopeId: string | null;
  readonly label: LabelInfo | null;
  /** Incoming scans: filled in when the script accepts the return. */
  readonly deal: DealProgress | null;
  /** pending → accepted / rejected by the script; `local` for scans that never entered the outbox. */
  readonly delivery: 'pending' | 'accepted' | 'rejected' | 'local';
}
