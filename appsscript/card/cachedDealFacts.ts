import type { DealProductRow } from '../../shared/catalogue';
import { ok } from '../../shared/result';
import type { CachePort } from '../platform/cachePort';
import type { DealFacts, DealFactsPort } from './cardPorts';

/** Long enough for a person clicking through a deal's cards and actions, short enough to see a renamed deal soon. */
export const DEAL_FACTS_SECONDS = 300;

/**
 * Remembers what Bitrix24 said about a deal for a few minutes in the script cache, so a card
 * refreshed after every action costs no REST request. Failures are not remembered.
 */
export function cachedDealFacts(inner: DealFactsPort, cache: CachePort): DealFactsPort {
  return {
    read(dealId) {
      const key = `docflow.card.deal.${dealId}`;
      const remembered = decode(cache.get(key));
      if (remembered !== null) return ok(remembered);
      const read = inner.read(dealId);
      if (read.status === 'success') {
        try {
          cache.put(key, JSON.stringify(read.response), DEAL_FACTS_SECONDS);
        } catch {
          // A deal too large for one cache value (100 KB) is simply read again next time.
        }
      }
      return read;
    },
  };
}

function decode(text: string | null): DealFacts | null {
  if (text === null) return null;
  try {
    const value = JSON.parse(text) as { title?: unknown; rows?: unknown };
    if (typeof value.title !== 'string' || !Array.isArray(value.rows)) return null;
    return { title: value.title, rows: value.rows as DealProductRow[] };
  } catch {
    return null;
  }
}
