/** CacheService's script cache (values are strings up to 100 KB, kept at most 6 hours). */
export interface CachePort {
  get(key: string): string | null;
  put(key: string, value: string, seconds: number): void;
}
