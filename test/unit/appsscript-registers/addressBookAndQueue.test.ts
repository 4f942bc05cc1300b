import { postalAddresses } from '../../../appsscript/correspondence/addressBook';
import { addPendingDeals, PENDING_DEALS_KEY, readPendingDeals, removePendingDeals } from '../../../appsscript/correspondence/pendingDeals';
import { demoBitrix } from './helpers/bitrixDemo';
import { MemoryProperties, silentLog } from './helpers/fixtures';
import { MemoryCache } from './helpers/memoryCache';

describe('postal addresses for labels', () => {
  it('reads the mailing address in Russian Post order, then serves it from the cache', () => {
    const { bitrix } = demoBitrix();
    const cache = new MemoryCache();
    const first = postalAddresses(['2', '3', '2', ''], cache, bitrix, silentLog);
    expect(first.get('2')).toEqual(['Московский пр-т, д. 115', 'Санкт-Петербург', '196084']);
    expect(first.get('3')).toEqual([]);
    expect(bitrix.requestCount).toBe(1);
    expect(bitrix.methods()).toEqual(['crm.requisite.list', 'crm.address.list', 'crm.requisite.list', 'crm.address.list']);
    const again = postalAddresses(['2'], cache, bitrix, silentLog);
    expect(again.get('2')).toEqual(first.get('2'));
    expect(bitrix.requestCount).toBe(1);
  });

  it('leaves the companies out when Bitrix24 is unreachable, and caches nothing', () => {
    const { bitrix } = demoBitrix();
    bitrix.failNext = 1;
    const cache = new MemoryCache();
    expect(postalAddresses(['2'], cache, bitrix, silentLog).size).toBe(0);
    expect(cache.values.size).toBe(0);
  });

  it('ignores a damaged cache value and asks Bitrix24 again', () => {
    const { bitrix } = demoBitrix();
    const cache = new MemoryCache();
    cache.values.set('docflow.address.2', '{"not":"lines"}');
    expect(postalAddresses(['2'], cache, bitrix, silentLog).get('2')?.at(-1)).toBe('196084');
  });
});

describe('the follow-up queue', () => {
  it('adds without duplicates and removes what was dealt with', () => {
    const properties = new MemoryProperties();
    addPendingDeals(properties, ['7', '8']);
    addPendingDeals(properties, ['8', '9']);
    expect(readPendingDeals(properties)).toEqual(['7', '8', '9']);
    removePendingDeals(properties, ['8']);
    expect(readPendingDeals(properties)).toEqual(['7', '9']);
  });

  it.each(['not json', '{"a":1}', '[7, "x", "8"]'])('reads a damaged value (%s) as what it can', (value) => {
    const properties = new MemoryProperties();
    properties.set(PENDING_DEALS_KEY, value);
    expect(readPendingDeals(properties)).toEqual(value === '[7, "x", "8"]' ? ['8'] : []);
  });

  it('keeps the newest 500 (a property holds 9 KB)', () => {
    const properties = new MemoryProperties();
    addPendingDeals(properties, Array.from({ length: 600 }, (_, i) => String(i + 1)));
    const queued = readPendingDeals(properties);
    expect(queued).toHaveLength(500);
    expect(queued[0]).toBe('101');
    expect(new TextEncoder().encode(properties.get(PENDING_DEALS_KEY) ?? '').length).toBeLessThan(9 * 1024);
  });
});
