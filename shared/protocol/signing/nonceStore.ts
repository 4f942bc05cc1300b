/**
 * Remembers the nonces of accepted envelopes until they would be refused as stale anyway, so a
 * captured request cannot be replayed inside the timestamp window.
 *
 * Adapters: in Apps Script, CacheService.getScriptCache() (`get(nonce) !== null` / `put(nonce,
 * '1', seconds)`), with the check and the add inside one LockService script lock so two copies of
 * the same request cannot both pass; on the bridge, a SQLite table with the expiry time.
 */
export interface NonceStore {
  has(nonce: string): boolean;
  /** `expiresAt` in epoch milliseconds: after it, the nonce may be forgotten. */
  add(nonce: string, expiresAt: number): void;
}

/** An in-process store, for tests and for a single long-lived process. */
export class MemoryNonceStore implements NonceStore {
  private readonly expiries = new Map<string, number>();

  constructor(private readonly now: () => number) {}

  has(nonce: string): boolean {
    const expiresAt = this.expiries.get(nonce);
    return expiresAt !== undefined && expiresAt >= this.now();
  }

  add(nonce: string, expiresAt: number): void {
    this.forgetExpired();
    this.expiries.set(nonce, expiresAt);
  }

  /** How many nonces are remembered now (for tests of the expiry). */
  get size(): number {
    this.forgetExpired();
    return this.expiries.size;
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [nonce, expiresAt] of this.expiries) {
      if (expiresAt < now) this.expiries.delete(nonce);
    }
  }
}
