import type { BucketCachePort } from './bucketCachePort';

/** BucketCachePort over the script cache (https://developers.google.com/apps-script/reference/cache/cache#getAll(String)). */
export function appsBucketCache(): BucketCachePort {
  const cache = CacheService.getScriptCache();
  return {
    getAll: (keys) => (keys.length === 0 ? {} : cache.getAll([...keys])),
    putAll: (values, seconds) => {
      if (Object.keys(values).length > 0) cache.putAll(values, seconds);
    },
  };
}
