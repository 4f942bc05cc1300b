import type { Bitmap, GrayscaleImage } from './bitmap';

/**
 * PNG image data before compression: each row is a filter-type byte followed by the row's
 * pixels (https://www.w3.org/TR/png-3/#7Filtering). Filter 0 (None) is used throughout:
 * LZ77 already turns repeated rows into back-references, which is what barcodes and labels
 * consist of, so a per-row filter choice would buy little here.
 */
const FILTER_NONE = 0;

/**
 * 1-bit grayscale rows: eight pixels per byte, leftmost pixel in the most significant bit,
 * the last byte padded with zero bits (https://www.w3.org/TR/png-3/#7Scanline). In PNG
 * grayscale 0 is black, so a bitmap's ink (1) becomes bit 0.
 */
export function bitmapScanlines(bitmap: Bitmap): Uint8Array {
  const { width, height, data } = bitmap;
  const rowBytes = 1 + Math.ceil(width / 8);
  const out = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y++) {
    const rowStart = y * rowBytes;
    out[rowStart] = FILTER_NONE;
    const source = y * width;
    for (let x = 0; x < width; x++) {
      if (data[source + x] === 0) out[rowStart + 1 + (x >>> 3)]! |= 0x80 >>> (x & 7);
    }
  }
  return out;
}

/** 8-bit grayscale rows: one byte per pixel, copied as is. */
export function grayscaleScanlines(image: GrayscaleImage): Uint8Array {
  const { width, height, data } = image;
  const rowBytes = 1 + width;
  const out = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y++) {
    out[y * rowBytes] = FILTER_NONE;
    out.set(data.subarray(y * width, (y + 1) * width), y * rowBytes + 1);
  }
  return out;
}
