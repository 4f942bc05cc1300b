import { DocumentsTable } from '../../../appsscript/registerIndex/documentsTable';
import { DOCUMENTS_INDEX } from '../../../appsscript/registerIndex/indexSpec';
import { SheetKeyIndex } from '../../../appsscript/registerIndex/sheetKeyIndex';
import { DOCUMENTS_REGISTER } from '../../../shared/registers';
import { documentRow, registerBook, silentLog } from './helpers/fixtures';
import { MemoryCache } from './helpers/memoryCache';

const SHEET = DOCUMENTS_REGISTER.sheetName;

function contracts(count: number): ReturnType<typeof documentRow>[] {
  return Array.from({ length: count }, (_, i) => documentRow(`C-2026-${String(i + 1).padStart(5, '0')}`, { dealId: String((i % 40) + 1) }));
}

describe('SheetKeyIndex', () => {
  it('builds itself from the key columns when the cache is cold, then answers from the cache', () => {
    const sheets = registerBook(contracts(300));
    const cache = new MemoryCache();
    const first = new SheetKeyIndex(DOCUMENTS_INDEX, sheets, cache, silentLog);
    expect(first.lookup('number', ['C-2026-00042', 'C-2026-09999']).get('C-2026-00042')).toEqual([43]);
    expect(sheets.count('read')).toBe(2); // the number column and the deal column

    sheets.resetCalls();
    const second = new SheetKeyIndex(DOCUMENTS_INDEX, sheets, cache, silentLog);
    const found = second.lookup('number', ['C-2026-00042', 'C-2026-00300']);
    expect(found.get('C-2026-00300')).toEqual([301]);
    expect(sheets.calls).toEqual([`lastRow:${SHEET}`]);
  });

  it('finds every document of a deal', () => {
    const sheets = registerBook(contracts(120));
    const index = new SheetKeyIndex(DOCUMENTS_INDEX, sheets, new MemoryCache(), silentLog);
    expect(index.lookup('deal', ['1']).get('1')).toEqual([2, 42, 82]);
    expect(index.lookup('deal', ['999']).get('999')).toEqual([]);
  });

  it('catches up on rows someone else appended by reading only those rows', () => {
    const sheets = registerBook(contracts(200));
    const cache = new MemoryCache();
    new SheetKeyIndex(DOCUMENTS_INDEX, sheets, cache, silentLog).lookup('number', ['C-2026-00001']);
    sheets.append(SHEET, [DOCUMENTS_REGISTER.serialise(documentRow('C-2026-00201', { dealId: '77' }))]);
    sheets.resetCalls();
    const index = new SheetKeyIndex(DOCUMENTS_INDEX, sheets, cache, silentLog);
    expect(index.lookup('number', ['C-2026-00201']).get('C-2026-00201')).toEqual([202]);
    expect(index.lookup('deal', ['77']).get('77')).toEqual([202]);
    const reads = sheets.calls.filter((call) => call.startsWith('read'));
    expect(reads).toHaveLength(1);
  });

  it('rebuilds when the sheet shrank', () => {
    const sheets = registerBook(contracts(50));
    const cache = new MemoryCache();
    new SheetKeyIndex(DOCUMENTS_INDEX, sheets, cache, silentLog).lookup('number', ['C-2026-00001']);
    sheets.rows(SHEET).length = 11;
    const index = new SheetKeyIndex(DOCUMENTS_INDEX, sheets, cache, silentLog);
    expect(index.lookup('number', ['C-2026-00030']).get('C-2026-00030')).toEqual([]);
    expect(index.lookup('number', ['C-2026-00010']).get('C-2026-00010')).toEqual([11]);
  });

  it('treats a bucket of another generation as stale', () => {
    const sheets = registerBook(contracts(30));
    const cache = new MemoryCache();
    new SheetKeyIndex(DOCUMENTS_INDEX, sheets, cache, silentLog).lookup('number', ['C-2026-00001']);
    const metaKey = 'docflow.index.docs.meta';
    cache.values.set(metaKey, JSON.stringify({ g: 'other', r: 31 }));
    sheets.resetCalls();
    const index = new SheetKeyIndex(DOCUMENTS_INDEX, sheets, cache, silentLog);
    expect(index.lookup('number', ['C-2026-00005']).get('C-2026-00005')).toEqual([6]);
    expect(sheets.count('read')).toBe(2);
  });

  it('still answers when the cache refuses the buckets (too large), and only logs it', () => {
    const sheets = registerBook(contracts(20));
    const cache = new MemoryCache();
    cache.failPuts = true;
    const warnings: string[] = [];
    const index = new SheetKeyIndex(DOCUMENTS_INDEX, sheets, cache, { ...silentLog, warn: (message) => warnings.push(message) });
    expect(index.lookup('number', ['C-2026-00020']).get('C-2026-00020')).toEqual([21]);
    expect(warnings).toHaveLength(1);
  });

  it('makes the same number of calls for 1,000 and 20,000 rows once warm', () => {
    const callsFor = (rows: number): number => {
      const sheets = registerBook(contracts(rows));
      const cache = new MemoryCache();
      new SheetKeyIndex(DOCUMENTS_INDEX, sheets, cache, silentLog).lookup('number', ['C-2026-00001']);
      sheets.resetCalls();
      cache.calls = 0;
      const wanted = Array.from({ length: 50 }, (_, i) => `C-2026-${String(i * 17 + 3).padStart(5, '0')}`);
      new DocumentsTable(sheets, new SheetKeyIndex(DOCUMENTS_INDEX, sheets, cache, silentLog), silentLog).byNumbers(wanted);
      return sheets.calls.length + cache.calls;
    };
    expect(callsFor(20_000)).toBe(callsFor(1_000));
  });
});

describe('DocumentsTable', () => {
  it('notices a sorted sheet (a row no longer holds its number), rebuilds and finds the right row', () => {
    const rows = contracts(10);
    const sheets = registerBook(rows);
    const cache = new MemoryCache();
    const table = (): DocumentsTable => new DocumentsTable(sheets, new SheetKeyIndex(DOCUMENTS_INDEX, sheets, cache, silentLog), silentLog);
    expect(table().byNumbers(['C-2026-00003']).found.get('C-2026-00003')?.rowNumber).toBe(4);
    const data = sheets.rows(DOCUMENTS_REGISTER.sheetName);
    const body = data.slice(1).reverse();
    data.splice(1, body.length, ...body);
    const found = table().byNumbers(['C-2026-00003']).found.get('C-2026-00003');
    expect(found?.rowNumber).toBe(9);
    expect(found?.row.registryNumber).toBe('C-2026-00003');
  });

  it('reports a row that does not parse instead of guessing', () => {
    const sheets = registerBook(contracts(3));
    const row = sheets.rows(DOCUMENTS_REGISTER.sheetName)[2];
    if (row === undefined) throw new Error('fixture');
    row[DOCUMENTS_REGISTER.fields.indexOf('status')] = 'Потерян';
    const lookup = new DocumentsTable(sheets, new SheetKeyIndex(DOCUMENTS_INDEX, sheets, new MemoryCache(), silentLog), silentLog).byNumbers(['C-2026-00002']);
    expect(lookup.found.size).toBe(0);
    expect(lookup.broken.get('C-2026-00002')).toMatch(/строка 3/);
  });

  it('rewrites only the status cells, one write per run of adjacent rows', () => {
    const rows = contracts(10);
    const sheets = registerBook(rows);
    const table = new DocumentsTable(sheets, new SheetKeyIndex(DOCUMENTS_INDEX, sheets, new MemoryCache(), silentLog), silentLog);
    const at = '2026-03-10T09:00:00.000Z';
    const changed = [2, 3, 7].map((i) => ({ row: { ...(rows[i] as ReturnType<typeof documentRow>), status: 'sent' as const, statusSince: at, updatedAt: at }, rowNumber: i + 2 }));
    sheets.resetCalls();
    table.writeStatuses(changed);
    expect(sheets.count('write')).toBe(2);
    const written = DOCUMENTS_REGISTER.parse(sheets.rows(DOCUMENTS_REGISTER.sheetName)[4] ?? []);
    expect(written.status === 'success' && written.response.status).toBe('sent');
    expect(written.status === 'success' && written.response.clientName).toBe('ООО «СеверСтрой»');
  });
});
