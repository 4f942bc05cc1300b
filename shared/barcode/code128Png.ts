import type { Result } from '../result';
import { encodeBitmapPng } from '../png/encodePng';
import type { ImageError } from '../png/imageErrors';
import type { BarcodeError } from './barcodeError';
import type { Code128Options } from './code128Options';
import { renderCode128 } from './renderCode128';

/** The Code 128 symbol of `payload` as a 1-bit grayscale PNG file, ready for a Docs header or a label. */
export function code128Png(payload: string, options: Code128Options = {}): Result<Uint8Array, BarcodeError | ImageError> {
  const bitmap = renderCode128(payload, options);
  if (bitmap.status === 'error') return bitmap;
  return encodeBitmapPng(bitmap.response);
}
