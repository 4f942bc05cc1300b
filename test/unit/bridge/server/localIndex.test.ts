import { LocalIndex } from '../../../../bridge/store/localIndex';
import { openMemoryDatabase } from '../../../../bridge/store/openDatabase';
import { StateStore } from '../../../../bridge/store/stateStore';
import { entry, ROMASHKA, VASILEK } from './helpers/documents';

describe('the local index', () => {
  function index(): LocalIndex {
    const database = openMemoryDatabase();
    return new LocalIndex(database, new StateStore(database));
  }

  it('applies a delta and keeps its cursor', () => {
    const local = index();
    expect(local.cursor()).toBeNull();
    local.apply({ type: 'index_delta', version: 1, cursor: 'c1', hasMore: false, upserts: [entry('C-2026-00042', ROMASHKA)], removals: [] }, 't');
    expect(local.lookup('C-2026-00042')).toEqual(entry('C-2026-00042', ROMASHKA));
    expect(local.cursor()).toBe('c1');
    expect(local.size()).toBe(1);
  });

  it('replaces an entry and removes dropped numbers', () => {
    const local = index();
    local.apply({ type: 'index_delta', version: 1, cursor: 'c1', hasMore: false, upserts: [entry('C-2026-00042', ROMASHKA), entry('C-2026-00043', VASILEK)], removals: [] }, 't');
    local.apply(
      { type: 'index_delta', version: 1, cursor: 'c2', hasMore: false, upserts: [entry('C-2026-00042', ROMASHKA, { status: 'sent' })], removals: ['C-2026-00043'] },
      't',
    );
    expect(local.lookup('C-2026-00042')?.status).toBe('sent');
    expect(local.lookup('C-2026-00043')).toBeUndefined();
    expect(local.byDeal(ROMASHKA.dealId).map((item) => item.documentNumber)).toEqual(['C-2026-00042']);
  });

  it('records a status the script accepted before the next delta says so', () => {
    const local = index();
    local.apply({ type: 'index_delta', version: 1, cursor: 'c1', hasMore: false, upserts: [entry('C-2026-00042', ROMASHKA, { status: 'sent' })], removals: [] }, 't');
    local.markStatus('C-2026-00042', 'returned', 't2');
    expect(local.lookup('C-2026-00042')?.status).toBe('returned');
  });
});
