import type { NonceStore } from '../../shared/protocol';
import type { BridgeDatabase } from './openDatabase';

/**
 * Nonces of the script's answers the bridge has accepted, kept until they would be refused as
 * stale anyway (shared/protocol/signing/nonceStore.ts). In SQLite rather than memory, so a
 * replayed answer is refused across a restart too.
 */
export class SqliteNonceStore implements NonceStore {
  private readonly select;
  private readonly insert;
  private readonly prune;

  constructor(
    database: BridgeDatabase,
    private readonly now: () => number,
  ) {
    this.select = database.prepare<[string, number], { nonce: string }>(`SELECT nonce FROM nonces WHERE nonce = ? AND expires_at >= ?`);
    this.insert = database.prepare<[string, number], unknown>(
      `INSERT INTO nonces (nonce, expires_at) VALUES (?, ?) ON CONFLICT (nonce) DO UPDATE SET expires_at = excluded.expires_at`,
    );
    this.prune = database.prepare<[number], unknown>(`DELETE FROM nonces WHERE expires_at < ?`);
  }

  has(nonce: string): boolean {
    return this.select.get(nonce, this.now()) !== undefined;
  }

  add(nonce: string, expiresAt: number): void {
    this.prune.run(this.now());
    this.insert.run(nonce, expiresAt);
  }
}
