import type { NonceStore } from '../../shared/protocol';
import type { CachePort } from '../platform/cachePort';

/** CacheService keeps an entry at most six hours (https://developers.google.com/apps-script/reference/cache/cache#put(String,String,Integer)). */
const MAX_CACHE_SECONDS = 21_600;

/**
 * Nonces of accepted bridge requests in the script cache, for as long as the same envelope would
 * pass the timestamp check. The check and the add must run inside one script lock (the caller
 * holds it), so two copies of one request cannot both pass.
 */
export class CacheNonceStore implements NonceStore {
  constructor(
    private readonly cache: CachePort,
    private readonly now: () => number,
    private readonly prefix = 'docflow.bridge.nonce.',
  ) {}

  has(nonce: string): boolean {
    return this.cache.get(this.prefix + nonce) !== null;
  }

  add(nonce: string, expiresAt: number): void {
    const seconds = Math.min(MAX_CACHE_SECONDS, Math.max(1, Math.ceil((expiresAt - this.now()) / 1000) + 1));
    this.cache.put(this.prefix + nonce, '1', seconds);
  }
}
