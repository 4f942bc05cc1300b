import type { BridgeDatabase } from './openDatabase';

export interface EnvelopeDocument {
  readonly documentNumber: string;
  readonly title: string;
}

/** An envelope session as the database keeps it, so an open envelope survives a restart. */
export interface EnvelopeRecord {
  readonly id: string;
  /** Normalised addressee (name and address): documents with the same key share the envelope. */
  readonly addresseeKey: string;
  readonly clientName: string;
  readonly addressLines: readonly string[];
  readonly openedAt: string;
  readonly lastScanAt: string;
  readonly closedAt: string | null;
  readonly labelId: string | null;
  readonly documents: readonly EnvelopeDocument[];
}

interface EnvelopeRow {
  id: string;
  addressee_key: string;
  client_name: string;
  address_lines: string;
  opened_at: string;
  last_scan_at: string;
  closed_at: string | null;
  label_id: string | null;
}

/** The `state` key of the last envelope number this bridge gave out. */
const SEQUENCE_KEY = 'envelope.sequence';

/**
 * Envelope sessions: at most one is open (closed_at NULL) at a time.
 *
 * An envelope's id is `<bridge id>-<number>` (kiosk-1-000042): short enough to read off form 107,
 * where it is printed, and to type into a filter of the Correspondence register, where every
 * document sent in that envelope carries it; unique across desks by the bridge id.
 */
export class EnvelopeStore {
  private readonly nextSequence;
  private readonly selectOpen;
  private readonly selectOne;
  private readonly selectDocuments;
  private readonly insert;
  private readonly insertDocument;
  private readonly touch;
  private readonly markClosed;
  private readonly attachLabel;

  constructor(
    database: BridgeDatabase,
    private readonly bridgeId: string,
  ) {
    // Taken inside the caller's transaction, so a number is never given out twice nor skipped by a rollback.
    this.nextSequence = database.prepare<[string], { value: string }>(
      `INSERT INTO state (key, value) VALUES (?, '1')
       ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1 RETURNING value`,
    );
    this.selectOpen = database.prepare<[], EnvelopeRow>(`SELECT * FROM envelopes WHERE closed_at IS NULL ORDER BY opened_at DESC LIMIT 1`);
    this.selectOne = database.prepare<[string], EnvelopeRow>(`SELECT * FROM envelopes WHERE id = ?`);
    this.selectDocuments = database.prepare<[string], { document_number: string; title: string }>(
      `SELECT document_number, title FROM envelope_documents WHERE envelope_id = ? ORDER BY position`,
    );
    this.insert = database.prepare<[string, string, string, string, string, string], unknown>(
      `INSERT INTO envelopes (id, addressee_key, client_name, address_lines, opened_at, last_scan_at) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    this.insertDocument = database.prepare<[string, string, string, string], unknown>(
      `INSERT INTO envelope_documents (envelope_id, position, document_number, title)
       VALUES (?, (SELECT COUNT(*) + 1 FROM envelope_documents WHERE envelope_id = ?), ?, ?)`,
    );
    this.touch = database.prepare<[string, string], unknown>(`UPDATE envelopes SET last_scan_at = ? WHERE id = ?`);
    this.markClosed = database.prepare<[string, string], unknown>(`UPDATE envelopes SET closed_at = ? WHERE id = ? AND closed_at IS NULL`);
    this.attachLabel = database.prepare<[string, string], unknown>(`UPDATE envelopes SET label_id = ? WHERE id = ?`);
  }

  current(): EnvelopeRecord | undefined {
    const row = this.selectOpen.get();
    return row === undefined ? undefined : this.toRecord(row);
  }

  get(id: string): EnvelopeRecord | undefined {
    const row = this.selectOne.get(id);
    return row === undefined ? undefined : this.toRecord(row);
  }

  /** Opens a new envelope and returns its id. Run it inside the transaction that records the scan. */
  open(envelope: { addresseeKey: string; clientName: string; addressLines: readonly string[]; at: string }): string {
    const sequence = this.nextSequence.get(SEQUENCE_KEY)?.value ?? '';
    const id = `${this.bridgeId}-${sequence.padStart(6, '0')}`;
    this.insert.run(id, envelope.addresseeKey, envelope.clientName, JSON.stringify(envelope.addressLines), envelope.at, envelope.at);
    return id;
  }

  addDocument(envelopeId: string, document: EnvelopeDocument, at: string): void {
    this.insertDocument.run(envelopeId, envelopeId, document.documentNumber, document.title);
    this.touch.run(at, envelopeId);
  }

  close(envelopeId: string, at: string): void {
    this.markClosed.run(at, envelopeId);
  }

  setLabel(envelopeId: string, labelId: string): void {
    this.attachLabel.run(labelId, envelopeId);
  }

  private toRecord(row: EnvelopeRow): EnvelopeRecord {
    const lines: unknown = JSON.parse(row.address_lines);
    return {
      id: row.id,
      addresseeKey: row.addressee_key,
      clientName: row.client_name,
      addressLines: Array.isArray(lines) ? lines.map(String) : [],
      openedAt: row.opened_at,
      lastScanAt: row.last_scan_at,
      closedAt: row.closed_at,
      labelId: row.label_id,
      documents: this.selectDocuments.all(row.id).map((document) => ({ documentNumber: document.document_number, title: document.title })),
    };
  }
}
