/**
 * The bridge database's schema, one step per version (SQLite's `PRAGMA user_version` holds the
 * version reached). Steps are only ever appended: a bridge that updates runs the new steps on
 * its existing data.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: outbox, local index, key-value state, print-job ledger, printer sends, nonces, envelopes.
  `
  CREATE TABLE outbox (
    -- AUTOINCREMENT: a sequence is never reused, even after the newest rows are deleted,
    -- so an event key (bridge id + sequence) names one scan forever.
    sequence INTEGER PRIMARY KEY AUTOINCREMENT,
    bridge_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    document_number TEXT,
    mode TEXT NOT NULL CHECK (mode IN ('outgoing', 'incoming')),
    desk TEXT NOT NULL,
    operator TEXT NOT NULL,
    scanned_at TEXT NOT NULL,
    -- The bridge's own envelope session (not a post office tracking number: the protocol's
    -- envelopeId is that, and the bridge does not scan one yet), kept for the record.
    local_envelope_id TEXT,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'accepted', 'rejected')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    reject_reason TEXT,
    reject_detail TEXT,
    settled_at TEXT
  );
  CREATE INDEX outbox_by_state ON outbox (state, sequence);

  CREATE TABLE index_entries (
    document_number TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    client_name TEXT NOT NULL,
    address_lines TEXT NOT NULL,
    deal_id TEXT NOT NULL,
    status TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX index_entries_by_deal ON index_entries (deal_id);

  CREATE TABLE state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE print_jobs (
    job_id TEXT PRIMARY KEY,
    document_number TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('retrying', 'printed', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    printer_job_id INTEGER,
    reason TEXT,
    acknowledged INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
  ) WITHOUT ROWID;

  -- Jobs a printer client has handed (or may have handed) to a printer: the device layer's
  -- JobLedger, so a job id is never sent twice, across restarts too.
  CREATE TABLE printer_sends (
    printer TEXT NOT NULL,
    job_id TEXT NOT NULL,
    sent_at TEXT NOT NULL,
    PRIMARY KEY (printer, job_id)
  ) WITHOUT ROWID;

  CREATE TABLE nonces (
    nonce TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
  ) WITHOUT ROWID;

  CREATE TABLE envelopes (
    id TEXT PRIMARY KEY,
    addressee_key TEXT NOT NULL,
    client_name TEXT NOT NULL,
    address_lines TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    last_scan_at TEXT NOT NULL,
    closed_at TEXT,
    label_id TEXT
  ) WITHOUT ROWID;

  CREATE TABLE envelope_documents (
    envelope_id TEXT NOT NULL REFERENCES envelopes (id),
    position INTEGER NOT NULL,
    document_number TEXT NOT NULL,
    title TEXT NOT NULL,
    PRIMARY KEY (envelope_id, position)
  ) WITHOUT ROWID;
  `,
];
