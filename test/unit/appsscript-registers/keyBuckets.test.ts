import { addRow, bucketOf, decodeBucket, emptyBucket, encodeBucket, fnv1a, keyOfCell } from '../../../appsscript/registerIndex/keyBuckets';

describe('register index buckets', () => {
  it('hashes with FNV-1a 32-bit (published test vectors)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('spreads registry numbers over the buckets', () => {
    const used = new Set(Array.from({ length: 1000 }, (_, i) => bucketOf(`C-2026-${String(i + 1).padStart(5, '0')}`, 128)));
    expect(used.size).toBeGreaterThan(100);
  });

  it('keeps each key’s rows sorted and unique, and survives a round trip', () => {
    const bucket = emptyBucket('g1');
    addRow(bucket, 'C-2026-00001', 9);
    addRow(bucket, 'C-2026-00001', 3);
    addRow(bucket, 'C-2026-00001', 9);
    const back = decodeBucket(encodeBucket(bucket));
    expect(back?.generation).toBe('g1');
    expect(back?.entries.get('C-2026-00001')).toEqual([3, 9]);
  });

  it.each([
    ['not JSON', '{'],
    ['no generation', '{"k":{}}'],
    ['entries not an object', '{"g":"x","k":[]}'],
    ['a row that is not a data row', '{"g":"x","k":{"a":[1]}}'],
    ['a row that is not a number', '{"g":"x","k":{"a":["5"]}}'],
    ['null', 'null'],
  ])('refuses a damaged cached bucket (%s)', (_name, text) => {
    expect(decodeBucket(text)).toBeUndefined();
  });

  it('reads keys from cells as getValues returns them', () => {
    expect(keyOfCell(' C-2026-00001 ')).toBe('C-2026-00001');
    expect(keyOfCell(42)).toBe('42');
    expect(keyOfCell('')).toBeUndefined();
    expect(keyOfCell(1.5)).toBeUndefined();
    expect(keyOfCell(new Date())).toBeUndefined();
    expect(keyOfCell(true)).toBeUndefined();
  });
});
