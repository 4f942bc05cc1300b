// Pagination, filter, select and order of list methods.
// References (bitrix24/b24restdocs): api-reference/crm/deals/crm-deal-list.md ("Method
// Parameters": filter prefixes, select masks, order, `start = (N-1) * 50`; "Returned Data":
// `next` only when more than 50 match), settings/how-to-call-rest-api/list-methods-pecularities.md,
// settings/performance/huge-data.md (`start=-1` skips the count: `total` 0, no `next`).
import { startTestEmulator, type TestEmulator } from './helpers/emulator';
import { seedWithManyDeals } from './helpers/testSeed';

interface ListBody {
  result: Record<string, unknown>[];
  total?: number;
  next?: number;
}

describe('Bitrix24 emulator: list methods', () => {
  let emulator: TestEmulator;

  beforeAll(async () => {
    emulator = await startTestEmulator({ seed: seedWithManyDeals(117) }); // 3 + 117 = 120 deals
  });
  afterAll(() => emulator.close());

  const list = async (params: Record<string, unknown>): Promise<ListBody> => (await emulator.rest('crm.deal.list', params)).json as ListBody;
  const ids = (body: ListBody): string[] => body.result.map((d) => String(d['ID']));

  it('pages by 50: start 0 → 50 records, next 50, total 120', async () => {
    const body = await list({ select: ['ID'] });
    expect(body.result).toHaveLength(50);
    expect(body.next).toBe(50);
    expect(body.total).toBe(120);
  });

  it('returns the last page without next', async () => {
    const body = await list({ select: ['ID'], start: 100 });
    expect(body.result).toHaveLength(20);
    expect(body).not.toHaveProperty('next');
    expect(body.total).toBe(120);
  });

  it('walks every record exactly once by following next', async () => {
    const seen: string[] = [];
    let start: number | undefined = 0;
    while (start !== undefined) {
      const body: ListBody = await list({ select: ['ID'], start });
      seen.push(...ids(body));
      start = body.next;
    }
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
  });

  it('with start=-1 skips the count: the first page, total 0 and no next', async () => {
    const body = await list({ select: ['ID'], start: -1, order: { ID: 'ASC' }, filter: { '>ID': 150 } });
    expect(body.result).toHaveLength(50);
    expect(body.result[0]).toEqual({ ID: '151' });
    expect(body.total).toBe(0);
    expect(body).not.toHaveProperty('next');
  });

  it('filters by exact value, and numbers match numeric strings', async () => {
    expect(ids(await list({ filter: { STAGE_ID: 'WON' }, select: ['ID'] }))).toEqual(['2']);
    expect(ids(await list({ filter: { ID: 101 }, select: ['ID'] }))).toEqual(['101']);
  });

  it('filters with >, >=, < and <= on numbers', async () => {
    expect((await list({ filter: { '>OPPORTUNITY': 11600 }, select: ['ID'] })).total).toBe(2); // 11700 and 259700
    expect((await list({ filter: { '>=OPPORTUNITY': 11600, '<OPPORTUNITY': 20000 }, select: ['ID'] })).total).toBe(2);
    expect(ids(await list({ filter: { '<=OPPORTUNITY': 100 }, select: ['ID'] }))).toEqual(expect.arrayContaining(['101']));
  });

  it('filters with ! and != (not equal) and @ / !@ (in, not in)', async () => {
    expect((await list({ filter: { '!STAGE_ID': 'NEW' }, select: ['ID'] })).total).toBe(120 - 60);
    expect((await list({ filter: { '!=STAGE_ID': 'NEW' }, select: ['ID'] })).total).toBe(60);
    expect(ids(await list({ filter: { '@ID': [1, 2, 3] }, select: ['ID'] }))).toEqual(['1', '2', '3']);
    expect((await list({ filter: { '!@ID': [1, 2, 3] }, select: ['ID'] })).total).toBe(117);
  });

  it('treats an array value without a prefix as IN', async () => {
    expect(ids(await list({ filter: { ID: [2, 3] }, select: ['ID'] }))).toEqual(['2', '3']);
  });

  it('filters with % (substring, any case) and =% (LIKE with % wildcards)', async () => {
    expect((await list({ filter: { '%TITLE': 'СЕРВИСНАЯ' }, select: ['ID'] })).total).toBe(1);
    expect((await list({ filter: { '=%TITLE': 'Пакетная сделка 1%' }, select: ['ID'] })).total).toBe(29); // 1, 10–19, 100–117
  });

  it('combines several conditions with AND', async () => {
    const body = await list({ filter: { STAGE_ID: 'NEW', ASSIGNED_BY_ID: 1 }, select: ['ID'] });
    expect(body.total).toBe(20);
  });

  it('orders by a field ASC or DESC, numbers as numbers', async () => {
    const body = await list({ order: { OPPORTUNITY: 'DESC' }, select: ['ID', 'OPPORTUNITY'], filter: { '>ID': 100 } });
    expect(body.result[0]).toEqual({ ID: '217', OPPORTUNITY: '11700.00' });
    const asc = await list({ order: { ID: 'asc' }, select: ['ID'], filter: { '@ID': [103, 101, 102] } });
    expect(ids(asc)).toEqual(['101', '102', '103']);
  });

  it('returns only the selected fields; * means all plain fields; default adds custom fields', async () => {
    expect((await list({ filter: { ID: 1 }, select: ['TITLE'] })).result[0]).toEqual({ TITLE: 'Сделка 1' });
    const all = (await list({ filter: { ID: 1 }, select: ['*'] })).result[0] ?? {};
    expect(all).toHaveProperty('STAGE_ID', 'NEW');
    expect(all).toHaveProperty('DATE_CREATE');
  });

  it('accepts select, filter and order in upper case (SELECT, FILTER, ORDER)', async () => {
    const body = await list({ SELECT: ['ID'], FILTER: { '@ID': [1, 2] }, ORDER: { ID: 'DESC' } });
    expect(ids(body)).toEqual(['2', '1']);
  });
});
