import type { ExecutionScope } from '../runtime/host/scope';
import { labelClass } from '../runtime/label';
import type { CacheStore } from '../stores/cache';

/**
 * Cache: keys up to 250 characters, values up to 100 KB, expiration 600 s by default and 21600 s
 * at most (see stores/cache.ts). https://developers.google.com/apps-script/reference/cache/cache
 */
export class CacheHandle {
  readonly #store: CacheStore;

  constructor(store: CacheStore) {
    this.#store = store;
  }

  get(key: string): string | null {
    return this.#store.get(String(key));
  }

  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const value = this.#store.get(String(key));
      if (value !== null) out[String(key)] = value;
    }
    return out;
  }

  put(key: string, value: unknown, expirationInSeconds?: number): void {
    this.#store.putAll({ [String(key)]: String(value) }, expirationInSeconds);
  }

  putAll(values: Record<string, unknown>, expirationInSeconds?: number): void {
    this.#store.putAll(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])), expirationInSeconds);
  }

  remove(key: string): void {
    this.#store.remove(String(key));
  }

  removeAll(keys: string[]): void {
    for (const key of keys) this.#store.remove(String(key));
  }
}
labelClass(CacheHandle, 'CacheService', 'Cache');

export class CacheServiceHandle {
  readonly #scope: ExecutionScope;

  constructor(scope: ExecutionScope) {
    this.#scope = scope;
  }

  getScriptCache(): CacheHandle {
    return new CacheHandle(this.#scope.workspace.caches.script);
  }

  getUserCache(): CacheHandle {
    return new CacheHandle(this.#scope.workspace.caches.user(this.#scope.identity.effectiveUser));
  }

  getDocumentCache(): CacheHandle | null {
    const id = this.#scope.identity.containerId;
    return id === null ? null : new CacheHandle(this.#scope.workspace.caches.document(id));
  }
}
labelClass(CacheServiceHandle, 'CacheService');
