import type { Bitmap } from '../../shared/png';

/** A bitmap as printer languages carry it: 1 bit per dot, 8 dots per byte, leftmost dot in the high bit. */
export interface PackedRows {
  readonly bytesPerRow: number;
  readonly rows: number;
  readonly data: Uint8Array;
}

/**
 * Packs a bitmap (1 = black) row by row. `blackBit` is the bit value a printer language uses
 * for a black dot: 1 in ZPL ^GF and ESC/POS raster, 0 in TSPL BITMAP. The bits that pad the
 * last byte of a row are always paper (white).
 */
export function packRows(bitmap: Bitmap, blackBit: 0 | 1): PackedRows {
  const bytesPerRow = Math.ceil(bitmap.width / 8);
  const data = new Uint8Array(bytesPerRow * bitmap.height);
  for (let y = 0; y < bitmap.height; y++) {
    const source = y * bitmap.width;
    const target = y * bytesPerRow;
    for (let x = 0; x < bitmap.width; x++) {
      if (bitmap.data[source + x] !== 1) continue;
      const index = target + (x >> 3);
      data[index] = (data[index] ?? 0) | (0x80 >> (x & 7));
    }
  }
  // Packed with 1 = black; a language that prints 0 bits gets every bit flipped, padding
  // included, which turns the padding into 1 = paper as well.
  if (blackBit === 0) for (let i = 0; i < data.length; i++) data[i] = ~(data[i] ?? 0) & 0xff;
  return { bytesPerRow, rows: bitmap.height, data };
}
