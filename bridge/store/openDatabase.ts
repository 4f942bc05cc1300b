import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';

export type BridgeDatabase = Database.Database;

export const DATABASE_FILE = 'bridge.sqlite';

/**
 * Opens (creating if needed) the bridge's SQLite database in `dataDir` and brings its schema up
 * to date.
 *
 * journal_mode=WAL: readers (the kiosk's state, the sender) do not block the writer that
 * records a scan, and a commit is one append to the -wal file.
 *
 * synchronous=FULL: in WAL mode, NORMAL already survives a killed process (the WAL is in the
 * OS page cache), but a commit may roll back after a power cut or a kernel panic — "a
 * transaction committed in WAL mode with synchronous=NORMAL might roll back following a power
 * loss or system crash" (https://www.sqlite.org/pragma.html#pragma_synchronous). A mail-desk
 * mini PC loses power more often than a server does, and a scan whose label has printed must
 * not vanish, so every commit waits for its fsync. The price is one fsync per scan (an opening
 * scan's envelope, label and outbox row are one transaction): on the development VM's disk
 * 1.2 ms at the median and up to ~11 ms at p99, part of what bench/bridge.bench.ts measures.
 * synchronous=NORMAL took about a millisecond off the scan-to-label median there and nothing
 * measurable off its p99 (both within the machine's noise), not worth a lost scan.
 */
export function openDatabase(dataDir: string): BridgeDatabase {
  mkdirSync(dataDir, { recursive: true });
  const database = new Database(join(dataDir, DATABASE_FILE));
  configure(database);
  migrate(database);
  return database;
}

/** An in-memory database with the same schema, for unit tests. */
export function openMemoryDatabase(): BridgeDatabase {
  const database = new Database(':memory:');
  configure(database);
  migrate(database);
  return database;
}

function configure(database: BridgeDatabase): void {
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  // Another process holding the write lock (a backup, sqlite3 in a shell) is waited for, not failed.
  database.pragma('busy_timeout = 5000');
}

function migrate(database: BridgeDatabase): void {
  const current = Number(database.pragma('user_version', { simple: true }));
  for (let version = current; version < MIGRATIONS.length; version += 1) {
    const step = MIGRATIONS[version] ?? '';
    database.transaction(() => {
      database.exec(step);
      database.pragma(`user_version = ${version + 1}`);
    })();
  }
}
