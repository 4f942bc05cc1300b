import { exception, MESSAGES } from '../core/errors';

// Limits from the Cache reference (https://developers.google.com/apps-script/reference/cache/cache):
// keys up to 250 characters, values up to 100 KB, at most 1,000 items per cache; put() expires
// after 600 seconds by default and after at most 21600 seconds (6 hours). Longer expirations are
// capped at 21600 s. Cached items are best-effort in Google's cache; here they live until expiry
// or eviction of the oldest item past 1,000. Expiry follows the emulated clock.
export const CACHE_KEY_LIMIT = 250;
export const CACHE_VALUE_LIMIT = 100 * 1024;
export const CACHE_ITEM_LIMIT = 1000;
export const CACHE_DEFAULT_SECONDS = 600;
export const CACHE_MAX_SECONDS = 21600;

interface Entry {
  value: string;
  expiresAt: number;
}

export class CacheStore {
  readonly #entries = new Map<string, Entry>();
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
  }

  static checkKey(key: string): void {
    if (key.length > CACHE_KEY_LIMIT) throw exception(MESSAGES.argumentTooLarge('key'));
  }

  get(key: string): string | null {
    CacheStore.checkKey(key);
    const entry = this.#entries.get(key);
    if (entry === undefined) return null;
    if (entry.expiresAt <= this.#now()) {
      this.#entries.delete(key);
      return null;
    }
    return entry.value;
  }

  putAll(values: Record<string, string>, expirationInSeconds = CACHE_DEFAULT_SECONDS): void {
    for (const [key, value] of Object.entries(values)) {
      CacheStore.checkKey(key);
      if (Buffer.byteLength(value, 'utf8') > CACHE_VALUE_LIMIT) throw exception(MESSAGES.argumentTooLarge('value'));
    }
    const seconds = Math.min(Math.max(Number(expirationInSeconds) || CACHE_DEFAULT_SECONDS, 1), CACHE_MAX_SECONDS);
    const expiresAt = this.#now() + seconds * 1000;
    for (const [key, value] of Object.entries(values)) {
      this.#entries.delete(key);
      this.#entries.set(key, { value, expiresAt });
    }
    while (this.#entries.size > CACHE_ITEM_LIMIT) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
  }

  remove(key: string): void {
    CacheStore.checkKey(key);
    this.#entries.delete(key);
  }
}

/** Script cache, a cache per user, a cache per container document. Not persisted (a cache may be lost). */
export class CacheStores {
  readonly script: CacheStore;
  readonly #byKey = new Map<string, CacheStore>();
  readonly #now: () => number;

  constructor(now: () => number) {
    this.#now = now;
    this.script = new CacheStore(now);
  }

  user(email: string): CacheStore {
    return this.#get(`user:${email.toLowerCase()}`);
  }

  document(id: string): CacheStore {
    return this.#get(`doc:${id}`);
  }

  #get(key: string): CacheStore {
    let store = this.#byKey.get(key);
    if (store === undefined) {
      store = new CacheStore(this.#now);
      this.#byKey.set(key, store);
    }
    return store;
  }
}
