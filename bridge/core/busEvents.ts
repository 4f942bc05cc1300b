import type { DealReturnProgress, ScanMode } from '../../shared/protocol';
import type { EnvelopeView } from '../desk/envelopeView';
import type { DealProgress, ScanOutcome } from '../desk/scanOutcome';
import type { LinkState } from '../sync/linkState';
import type { PrinterStatus } from './printerStatus';

/** A scan as it arrives from any source, before anything is decided about it. */
export interface ScanInput {
  /** The code as read: an AIM identifier in front is allowed and removed; a trailing Enter is not expected. */
  readonly code: string;
  /** `hid-pos` / `hidraw-keyboard` (device layer), `wedge` (kiosk page), `api` (local stack, tests). */
  readonly source: string;
}

/** How a scan left the outbox. */
export interface ScanSettlement {
  readonly eventKey: string;
  readonly sequence: number;
  readonly documentNumber: string | null;
  readonly mode: ScanMode;
  readonly outcome: 'accepted' | 'rejected';
  /** The script's words for a rejection. */
  readonly detail: string | null;
}

export interface PrintJobProgress {
  readonly jobId: string;
  readonly documentNumber: string;
  readonly state: 'printing' | 'printed' | 'failed' | 'retrying';
  readonly detail: string;
}

/**
 * Everything that happens in the bridge, as the typed bus carries it. Extensions never call
 * each other: one emits, the others listen (the zigbee2mqtt model, see STYLE.md).
 */
export interface BusEvents {
  /** A scanner (device layer) read a code. The desk handles it. */
  scanReceived: ScanInput;
  /** The desk decided what a scan means; the kiosk shows it. */
  scanHandled: ScanOutcome;
  /** A scan entered the outbox: the sync extension should send it. */
  scanQueued: { readonly sequence: number; readonly eventKey: string };
  /** The script answered for scans: accepted or rejected, and where the deals of accepted returns stand. */
  scansSettled: { readonly settlements: readonly ScanSettlement[]; readonly deals: readonly DealReturnProgress[] };
  /** An incoming scan was accepted: where its deal stands now. */
  returnConfirmed: { readonly eventKey: string; readonly documentNumber: string | null; readonly deal: DealProgress | null };
  outboxChanged: { readonly pending: number; readonly rejected: number };
  linkChanged: LinkState;
  modeChanged: { readonly mode: ScanMode };
  envelopeChanged: { readonly envelope: EnvelopeView | null };
  /** A label was rendered (its preview is ready) or its printing ended. */
  labelChanged: { readonly labelId: string; readonly state: 'printing' | 'printed' | 'failed' | 'not_printed'; readonly detail: string };
  printerChanged: PrinterStatus;
  scannerChanged: ScannerStatus;
  printJobChanged: PrintJobProgress;
  indexChanged: { readonly entries: number };
}

/** The USB scanner as the kiosk shows it (a keyboard-wedge scanner is not seen by the bridge). */
export interface ScannerStatus {
  readonly state: 'not_configured' | 'searching' | 'connected' | 'error';
  readonly detail: string;
}

export type BusEventName = keyof BusEvents;
