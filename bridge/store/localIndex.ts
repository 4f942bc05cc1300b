import type { DocumentKind } from '../../shared/kinds/documentKinds';
import type { LifecycleStatus } from '../../shared/lifecycle/statuses';
import type { IndexDelta, IndexEntry } from '../../shared/protocol';
import type { BridgeDatabase } from './openDatabase';
import type { StateStore } from './stateStore';

interface EntryRow {
  document_number: string;
  kind: DocumentKind;
  client_name: string;
  address_lines: string;
  deal_id: string;
  status: LifecycleStatus;
}

const CURSOR_KEY = 'index.cursor';

/**
 * The local replica of the documents awaiting mailing or return (DESIGN.md decision 7): what a
 * label needs, kept in SQLite so a scan is answered without Google. Looked up by registry
 * number through the primary key of a WITHOUT ROWID table — one B-tree descent, a few
 * microseconds with the statement prepared once.
 */
export class LocalIndex {
  private readonly selectOne;
  private readonly selectByDeal;
  private readonly upsert;
  private readonly remove;
  private readonly setStatus;
  private readonly count;
  private readonly selectByStatus;

  constructor(
    private readonly database: BridgeDatabase,
    private readonly state: StateStore,
  ) {
    this.selectOne = database.prepare<[string], EntryRow>(`SELECT * FROM index_entries WHERE document_number = ?`);
    this.selectByDeal = database.prepare<[string], EntryRow>(`SELECT * FROM index_entries WHERE deal_id = ? ORDER BY document_number`);
    this.upsert = database.prepare<[string, string, string, string, string, string, string], unknown>(
      `INSERT INTO index_entries (document_number, kind, client_name, address_lines, deal_id, status, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (document_number) DO UPDATE SET kind = excluded.kind, client_name = excluded.client_name,
         address_lines = excluded.address_lines, deal_id = excluded.deal_id, status = excluded.status, updated_at = excluded.updated_at`,
    );
    this.remove = database.prepare<[string], unknown>(`DELETE FROM index_entries WHERE document_number = ?`);
    this.setStatus = database.prepare<[string, string, string], unknown>(
      `UPDATE index_entries SET status = ?, updated_at = ? WHERE document_number = ?`,
    );
    this.count = database.prepare<[], { count: number }>(`SELECT COUNT(*) AS count FROM index_entries`);
    this.selectByStatus = database.prepare<[string, number], EntryRow>(
      `SELECT * FROM index_entries WHERE status IN (SELECT value FROM json_each(?)) ORDER BY updated_at DESC, document_number DESC LIMIT ?`,
    );
  }

  lookup(documentNumber: string): IndexEntry | undefined {
    const row = this.selectOne.get(documentNumber);
    return row === undefined ? undefined : toEntry(row);
  }

  /** Every document of a deal that the replica holds. */
  byDeal(dealId: string): IndexEntry[] {
    return this.selectByDeal.all(dealId).map(toEntry);
  }

  /** Up to `limit` documents in these statuses, the most recently changed first. */
  inStatuses(statuses: readonly LifecycleStatus[], limit: number): IndexEntry[] {
    return this.selectByStatus.all(JSON.stringify(statuses), limit).map(toEntry);
  }

  /** The cursor to send with the next delta request; null before the first delta. */
  cursor(): string | null {
    return this.state.get(CURSOR_KEY);
  }

  /** Applies a delta and stores its cursor in one transaction: the replica and its cursor never disagree. */
  apply(delta: IndexDelta, updatedAt: string): void {
    this.database.transaction(() => {
      for (const entry of delta.upserts) {
        this.upsert.run(
          entry.documentNumber,
          entry.kind,
          entry.clientName,
          JSON.stringify(entry.postalAddressLines),
          entry.dealId,
          entry.status,
          updatedAt,
        );
      }
      for (const number of delta.removals) this.remove.run(number);
      this.state.set(CURSOR_KEY, delta.cursor);
    })();
  }

  /**
   * Records locally what a scan the script accepted did to a document (sent or returned), so
   * the kiosk is right before the next delta brings the script's own word.
   */
  markStatus(documentNumber: string, status: LifecycleStatus, updatedAt: string): void {
    this.setStatus.run(status, updatedAt, documentNumber);
  }

  size(): number {
    return this.count.get()?.count ?? 0;
  }
}

function toEntry(row: EntryRow): IndexEntry {
  return {
    documentNumber: row.document_number,
    kind: row.kind,
    clientName: row.client_name,
    postalAddressLines: parseLines(row.address_lines),
    dealId: row.deal_id,
    status: row.status,
  };
}

function parseLines(text: string): string[] {
  const value: unknown = JSON.parse(text);
  return Array.isArray(value) ? value.map(String) : [];
}
