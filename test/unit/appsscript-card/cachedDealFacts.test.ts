import { cachedDealFacts, DEAL_FACTS_SECONDS } from '../../../appsscript/card/cachedDealFacts';
import type { CachePort } from '../../../appsscript/platform/cachePort';
import { DEAL_ROWS, dealFacts, UNREACHABLE_BITRIX } from './support/cardFixtures';

class MemoryCache implements CachePort {
  readonly values = new Map<string, string>();
  readonly ttl: number[] = [];
  get(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  put(key: string, value: string, seconds: number): void {
    this.values.set(key, value);
    this.ttl.push(seconds);
  }
}

describe('cachedDealFacts: a refreshed card costs no second Bitrix24 request', () => {
  it('reads a deal once and answers the next read from the script cache', () => {
    const inner = dealFacts();
    const cache = new MemoryCache();
    const facts = cachedDealFacts(inner, cache);
    const first = facts.read('7');
    const second = facts.read('7');
    expect(second).toEqual(first);
    expect(second).toEqual({ status: 'success', response: { title: 'Внедрение CRM для Ромашки', rows: DEAL_ROWS } });
    expect(inner.reads).toEqual(['7']);
    expect(cache.ttl).toEqual([DEAL_FACTS_SECONDS]);
  });

  it('keeps deals apart', () => {
    const inner = dealFacts();
    const facts = cachedDealFacts(inner, new MemoryCache());
    facts.read('7');
    facts.read('8');
    expect(inner.reads).toEqual(['7', '8']);
  });

  it('does not remember a failure', () => {
    const cache = new MemoryCache();
    expect(cachedDealFacts(UNREACHABLE_BITRIX, cache).read('7')).toMatchObject({ status: 'error', type: 'bitrix_unavailable' });
    expect(cache.values.size).toBe(0);
  });

  it.each([['not JSON', '{oops'], ['the wrong shape', '{"title": 7, "rows": "none"}']])('reads the deal again when the cached value is %s', (_what, value) => {
    const inner = dealFacts();
    const cache = new MemoryCache();
    cache.values.set('docflow.card.deal.7', value);
    expect(cachedDealFacts(inner, cache).read('7')).toMatchObject({ status: 'success', response: { title: 'Внедрение CRM для Ромашки' } });
    expect(inner.reads).toEqual(['7']);
  });
});
