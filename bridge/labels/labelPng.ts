import { encodeBitmapPng, type ImageError } from '../../shared/png';
import type { Result } from '../../shared/result';
import type { LabelBitmap } from './labelBitmap';

/** The kiosk preview: the printed bitmap itself as a 1-bit PNG (shared/png's encoder). */
export function labelPng(label: LabelBitmap): Result<Uint8Array, ImageError> {
  return encodeBitmapPng(label);
}
