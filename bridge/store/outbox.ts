import { formatEventKey, type ScanEvent, type ScanEventAck, type ScanMode } from '../../shared/protocol';
import type { ScanSettlement } from '../core/busEvents';
import type { BridgeDatabase } from './openDatabase';

/** What the desk records about a scan; the outbox adds the sequence and the event key. */
export interface NewScan {
  readonly payload: string;
  readonly documentNumber: string | null;
  readonly mode: ScanMode;
  readonly desk: string;
  readonly operator: string;
  /** ISO 8601. */
  readonly scannedAt: string;
  /** The envelope the document went into (outgoing): sent as the event's `envelopeNumber`. */
  readonly localEnvelopeId: string | null;
}

export interface QueuedScan {
  readonly sequence: number;
  readonly eventKey: string;
}

/** A pending scan as the sender takes it: the protocol event and, for the kiosk, its document. */
export interface PendingScan {
  readonly event: ScanEvent;
  readonly documentNumber: string | null;
}

export interface RejectedRow {
  readonly sequence: number;
  readonly eventKey: string;
  readonly documentNumber: string | null;
  readonly payload: string;
  readonly mode: ScanMode;
  readonly scannedAt: string;
  readonly reason: string;
  readonly detail: string;
}

interface OutboxRow {
  sequence: number;
  bridge_id: string;
  payload: string;
  document_number: string | null;
  mode: ScanMode;
  desk: string;
  operator: string;
  scanned_at: string;
  local_envelope_id: string | null;
  reject_reason: string | null;
  reject_detail: string | null;
}

/** Accepted rows kept for the record before the oldest are deleted. */
const ACCEPTED_KEPT = 10_000;

/**
 * The SQLite outbox: the only path from a scan to the network (DESIGN.md decision 7).
 *
 * `append` is one synchronous INSERT, committed (and fsynced, see openDatabase.ts) before it
 * returns, so the desk calls it in the same tick the scan arrives and before printing anything.
 * The sequence SQLite assigns there is the event key's second half for good: a resend after a
 * crash or a lost acknowledgement carries the same key, and the script registers it once.
 *
 * Rows leave the pending state only through `settle`, with the script's acknowledgement in
 * hand: accepted rows are kept as a record (the newest 10 000), rejected ones are kept with
 * the script's reason for the kiosk. A key in neither list stays pending and goes again.
 */
export class Outbox {
  private readonly insert;
  private readonly selectPending;
  private readonly countByState;
  private readonly markAccepted;
  private readonly markRejected;
  private readonly noteFailure;
  private readonly selectRejected;
  private readonly pruneAccepted;
  private readonly selectPendingFor;

  constructor(
    private readonly database: BridgeDatabase,
    private readonly bridgeId: string,
  ) {
    this.insert = database.prepare<[string, string, string | null, string, string, string, string, string | null], { sequence: number }>(
      `INSERT INTO outbox (bridge_id, payload, document_number, mode, desk, operator, scanned_at, local_envelope_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING sequence`,
    );
    this.selectPending = database.prepare<[number], OutboxRow>(
      `SELECT * FROM outbox WHERE state = 'pending' ORDER BY sequence LIMIT ?`,
    );
    this.countByState = database.prepare<[], { state: string; count: number }>(`SELECT state, COUNT(*) AS count FROM outbox GROUP BY state`);
    this.markAccepted = database.prepare<[string, number, string], unknown>(
      `UPDATE outbox SET state = 'accepted', settled_at = ?, last_error = NULL WHERE sequence = ? AND bridge_id = ? AND state = 'pending'`,
    );
    this.markRejected = database.prepare<[string, string, string, number, string], unknown>(
      `UPDATE outbox SET state = 'rejected', reject_reason = ?, reject_detail = ?, settled_at = ?
       WHERE sequence = ? AND bridge_id = ? AND state = 'pending'`,
    );
    this.noteFailure = database.prepare<[string, number], unknown>(
      `UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE sequence = ? AND state = 'pending'`,
    );
    this.selectRejected = database.prepare<[number], OutboxRow>(
      `SELECT * FROM outbox WHERE state = 'rejected' ORDER BY sequence DESC LIMIT ?`,
    );
    this.selectPendingFor = database.prepare<[string, string], { sequence: number }>(
      `SELECT sequence FROM outbox WHERE state = 'pending' AND document_number = ? AND mode = ? LIMIT 1`,
    );
    this.pruneAccepted = database.prepare<[number], unknown>(
      `DELETE FROM outbox WHERE state = 'accepted' AND sequence <= (
         SELECT sequence FROM outbox WHERE state = 'accepted' ORDER BY sequence DESC LIMIT 1 OFFSET ?)`,
    );
  }

  /** Records a scan durably and returns its sequence and event key. Throws only if the disk fails. */
  append(scan: NewScan): QueuedScan {
    const row = this.insert.get(
      this.bridgeId,
      scan.payload,
      scan.documentNumber,
      scan.mode,
      scan.desk,
      scan.operator,
      scan.scannedAt,
      scan.localEnvelopeId,
    );
    if (row === undefined) throw new Error('SQLite returned no sequence for the new outbox row');
    return { sequence: row.sequence, eventKey: formatEventKey(this.bridgeId, row.sequence) };
  }

  /**
   * The oldest pending scans, at most `limit`, all of one bridge id (a batch names one bridge;
   * rows written under an older id go first, in their own batches).
   */
  nextBatch(limit: number): PendingScan[] {
    const rows = this.selectPending.all(limit);
    const first = rows[0];
    if (first === undefined) return [];
    const sameBridge: OutboxRow[] = [];
    for (const row of rows) {
      if (row.bridge_id !== first.bridge_id) break;
      sameBridge.push(row);
    }
    return sameBridge.map((row) => ({ event: toScanEvent(row), documentNumber: row.document_number }));
  }

  /**
   * Applies the script's acknowledgement of `sent` in one transaction and returns what changed.
   * Keys the acknowledgement lists but the batch did not carry are ignored (and returned as
   * `unexpected` for the log): the script cannot settle a scan the bridge did not send it.
   */
  settle(sent: readonly PendingScan[], ack: ScanEventAck, settledAt: string): { settlements: ScanSettlement[]; unexpected: string[] } {
    const byKey = new Map(sent.map((scan) => [scan.event.eventKey, scan]));
    const settlements: ScanSettlement[] = [];
    const unexpected: string[] = [];
    this.database.transaction(() => {
      for (const key of ack.accepted) {
        const scan = byKey.get(key);
        if (scan === undefined) {
          unexpected.push(key);
          continue;
        }
        this.markAccepted.run(settledAt, scan.event.sequence, bridgeIdOf(scan.event));
        settlements.push(settlement(scan, 'accepted', null));
      }
      for (const rejected of ack.rejected) {
        const scan = byKey.get(rejected.eventKey);
        if (scan === undefined) {
          unexpected.push(rejected.eventKey);
          continue;
        }
        this.markRejected.run(rejected.reason, rejected.detail, settledAt, scan.event.sequence, bridgeIdOf(scan.event));
        settlements.push(settlement(scan, 'rejected', rejected.detail));
      }
      this.pruneAccepted.run(ACCEPTED_KEPT - 1);
    })();
    return { settlements, unexpected };
  }

  /** Notes a failed attempt on every scan of a batch (for the kiosk and the log; nothing else changes). */
  recordFailure(sent: readonly PendingScan[], error: string): void {
    this.database.transaction(() => {
      for (const scan of sent) this.noteFailure.run(error, scan.event.sequence);
    })();
  }

  /** Is a scan of this document in this mode still waiting for the script? */
  hasPending(documentNumber: string, mode: ScanMode): boolean {
    return this.selectPendingFor.get(documentNumber, mode) !== undefined;
  }

  counts(): { pending: number; accepted: number; rejected: number } {
    const counts = { pending: 0, accepted: 0, rejected: 0 };
    for (const row of this.countByState.all()) {
      if (row.state === 'pending' || row.state === 'accepted' || row.state === 'rejected') counts[row.state] = row.count;
    }
    return counts;
  }

  /** The newest rejected scans, newest first, with the script's reason. */
  rejected(limit: number): RejectedRow[] {
    return this.selectRejected.all(limit).map((row) => ({
      sequence: row.sequence,
      eventKey: formatEventKey(row.bridge_id, row.sequence),
      documentNumber: row.document_number,
      payload: row.payload,
      mode: row.mode,
      scannedAt: row.scanned_at,
      reason: row.reject_reason ?? '',
      detail: row.reject_detail ?? '',
    }));
  }
}

function toScanEvent(row: OutboxRow): ScanEvent {
  const event: ScanEvent = {
    sequence: row.sequence,
    eventKey: formatEventKey(row.bridge_id, row.sequence),
    payload: row.payload,
    mode: row.mode,
    desk: row.desk,
    operator: row.operator,
    scannedAt: row.scanned_at,
  };
  return row.local_envelope_id === null ? event : { ...event, envelopeNumber: row.local_envelope_id };
}

function bridgeIdOf(event: ScanEvent): string {
  return event.eventKey.slice(0, event.eventKey.lastIndexOf(':'));
}

function settlement(scan: PendingScan, outcome: 'accepted' | 'rejected', detail: string | null): ScanSettlement {
  const { event } = scan;
  return { eventKey: event.eventKey, sequence: event.sequence, documentNumber: scan.documentNumber, mode: event.mode, outcome, detail };
}
