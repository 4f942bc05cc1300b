import type { BucketCachePort } from '../../../../appsscript/registerIndex/bucketCachePort';

/** The script cache in memory, with the 100 KB value limit and a call counter. */
export class MemoryCache implements BucketCachePort {
  readonly values = new Map<string, string>();
  calls = 0;
  /** When set, putAll throws as CacheService does for a value over 100 KB. */
  failPuts = false;

  getAll(keys: readonly string[]): Record<string, string> {
    this.calls += 1;
    const found: Record<string, string> = {};
    for (const key of keys) {
      const value = this.values.get(key);
      if (value !== undefined) found[key] = value;
    }
    return found;
  }

  putAll(values: Record<string, string>, _seconds: number): void {
    this.calls += 1;
    if (this.failPuts) throw new Error('Argument too large: value');
    for (const [key, value] of Object.entries(values)) {
      if (Buffer.byteLength(value, 'utf8') > 100 * 1024) throw new Error('Argument too large: value');
      this.values.set(key, value);
    }
  }

  clear(): void {
    this.values.clear();
  }
}
