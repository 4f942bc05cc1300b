import { readRowsAt, rowSpans } from '../../../appsscript/registerIndex/rowSpans';
import { MemorySheets } from './helpers/memorySheets';

describe('row spans', () => {
  it('merges nearby rows and keeps distant ones apart', () => {
    expect(rowSpans([10, 2, 3, 3, 5, 40], 2)).toEqual([
      { first: 2, count: 4 },
      { first: 10, count: 1 },
      { first: 40, count: 1 },
    ]);
    expect(rowSpans([4, 5, 7], 0)).toEqual([
      { first: 4, count: 2 },
      { first: 7, count: 1 },
    ]);
    expect(rowSpans([], 8)).toEqual([]);
  });

  it('reads one block per span, whatever the sheet length', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`r${i + 1}`]);
    const sheets = new MemorySheets({ S: rows });
    const cells = readRowsAt(sheets, 'S', [100, 101, 4000], 1);
    expect(cells.get(100)).toEqual(['r100']);
    expect(cells.get(4000)).toEqual(['r4000']);
    expect(sheets.count('read')).toBe(2);
  });
});
