import { ok, type Result } from '../result';
import type { Bitmap, GrayscaleImage } from './bitmap';
import { checkBitmap, checkGrayscaleImage } from './checkImage';
import type { ImageError } from './imageErrors';
import { assemblePng, grayscaleHeader } from './pngChunks';
import { bitmapScanlines, grayscaleScanlines } from './scanlines';
import { zlibCompress, type DeflateMethod } from './zlib';

export interface PngOptions {
  /** How IDAT is compressed; `auto` (default) picks the smaller of fixed Huffman and stored. */
  readonly compression?: DeflateMethod;
}

/** A black-and-white bitmap (1 = black) as a 1-bit grayscale PNG file. */
export function encodeBitmapPng(bitmap: Bitmap, options: PngOptions = {}): Result<Uint8Array, ImageError> {
  const checked = checkBitmap(bitmap);
  if (checked.status === 'error') return checked;
  return ok(grayscalePng(bitmap.width, bitmap.height, 1, bitmapScanlines(bitmap), options));
}

/** An 8-bit grayscale image (0 = black, 255 = white) as an 8-bit grayscale PNG file. */
export function encodeGrayscalePng(image: GrayscaleImage, options: PngOptions = {}): Result<Uint8Array, ImageError> {
  const checked = checkGrayscaleImage(image);
  if (checked.status === 'error') return checked;
  return ok(grayscalePng(image.width, image.height, 8, grayscaleScanlines(image), options));
}

function grayscalePng(width: number, height: number, bitDepth: 1 | 8, scanlines: Uint8Array, options: PngOptions): Uint8Array {
  // One IDAT chunk is enough: its length field holds up to 2^31 - 1 bytes, far above the
  // image size limit (https://www.w3.org/TR/png-3/#5Chunk-layout).
  return assemblePng([
    { type: 'IHDR', data: grayscaleHeader(width, height, bitDepth) },
    { type: 'IDAT', data: zlibCompress(scanlines, options.compression ?? 'auto') },
    { type: 'IEND', data: new Uint8Array(0) },
  ]);
}
