import fc from 'fast-check';
import { packRows, unpackRows } from '../../../../bridge/labels/packRows';
import type { Bitmap } from '../../../../shared/png';

/** The packing written the plain way, one bit at a time: what the fast packer must equal. */
function packSlowly(bitmap: Bitmap, blackBit: 0 | 1): Uint8Array {
  const bytesPerRow = Math.ceil(bitmap.width / 8);
  const data = new Uint8Array(bytesPerRow * bitmap.height).fill(blackBit === 0 ? 0xff : 0);
  for (let y = 0; y < bitmap.height; y++) {
    for (let x = 0; x < bitmap.width; x++) {
      if (bitmap.data[y * bitmap.width + x] !== 1) continue;
      const index = y * bytesPerRow + (x >> 3);
      data[index] = blackBit === 1 ? (data[index] ?? 0) | (0x80 >> (x & 7)) : (data[index] ?? 0) & ~(0x80 >> (x & 7));
    }
  }
  return data;
}

const bitmaps = fc
  .record({ width: fc.integer({ min: 1, max: 40 }), height: fc.integer({ min: 1, max: 6 }) })
  .chain(({ width, height }) =>
    fc.uint8Array({ minLength: width * height, maxLength: width * height, max: 1 }).map((data): Bitmap => ({ width, height, data })),
  );

describe('packRows', () => {
  it('packs eight dots per byte, leftmost dot high, padding as paper, for either polarity', () => {
    fc.assert(
      fc.property(bitmaps, fc.constantFrom<0 | 1>(0, 1), (bitmap, blackBit) => {
        const packed = packRows(bitmap, blackBit);
        expect(packed.bytesPerRow).toBe(Math.ceil(bitmap.width / 8));
        expect(packed.rows).toBe(bitmap.height);
        expect([...packed.data]).toEqual([...packSlowly(bitmap, blackBit)]);
      }),
    );
  });

  it('unpacks rows packed with black as 1 back to the same bitmap', () => {
    fc.assert(
      fc.property(bitmaps, (bitmap) => {
        expect([...unpackRows(packRows(bitmap, 1), bitmap.width).data]).toEqual([...bitmap.data]);
      }),
    );
  });
});
