/**
 * The script cache as the register index uses it: many keys per service call.
 * Limits (https://developers.google.com/apps-script/reference/cache/cache): keys up to 250
 * characters, values up to 100 KB, items kept at most 21,600 s (6 hours) and evicted earlier at
 * Google's discretion — so nothing here may be the only copy of anything.
 */
export interface BucketCachePort {
  /** The values found; missing or expired keys are simply absent. */
  getAll(keys: readonly string[]): Record<string, string>;
  putAll(values: Record<string, string>, seconds: number): void;
}

export const CACHE_MAX_SECONDS = 21_600;
