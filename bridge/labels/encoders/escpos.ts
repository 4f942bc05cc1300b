import { ok, type Result } from '../../../shared/result';
import type { LabelBitmap } from '../labelBitmap';
import type { LabelEncodeError } from '../labelErrors';
import { packRows } from '../packRows';
import { checkEncodeInput, concatBytes, type LabelEncodeOptions } from './encodeOptions';

const ESC = 0x1b;
const GS = 0x1d;
/** Rows per GS v 0 command: printers cap the height of one raster image (Epson: 1..2303 or less). */
const BAND_ROWS = 256;

/**
 * The label as ESC/POS raster images: ESC @ (initialise), then GS v 0 m xL xH yL yH d1…dk in
 * bands of 256 rows ("a bit printed to 1 and not printed to 0"; m = 0, normal density), then
 * optionally GS V 66 0 (feed and cut). Epson ESC/POS reference, GS v 0,
 * https://download4.epson.biz/sec_pubs/pos/reference_en/escpos/gs_lv_0.html.
 *
 * Own bytes rather than node-thermal-printer: its printImageBuffer takes a PNG, decodes it
 * with pngjs and thresholds again with one object per pixel, which costs milliseconds on the
 * scan-to-label path and is a second conversion of a bitmap that is already 1-bit. The unit
 * test checks that both produce the same raster bytes for the same label.
 */
export function encodeEscPos(label: LabelBitmap, options: LabelEncodeOptions = {}): Result<Uint8Array, LabelEncodeError> {
  const checked = checkEncodeInput(label, options);
  if (checked.status === 'error') return checked;
  const { copies, cut } = checked.response;
  const packed = packRows(label, 1);
  const parts: Uint8Array[] = [];
  for (let copy = 0; copy < copies; copy++) {
    parts.push(Uint8Array.of(ESC, 0x40));
    for (let top = 0; top < packed.rows; top += BAND_ROWS) {
      const rows = Math.min(BAND_ROWS, packed.rows - top);
      const x = packed.bytesPerRow;
      parts.push(Uint8Array.of(GS, 0x76, 0x30, 0x00, x & 0xff, x >> 8, rows & 0xff, rows >> 8));
      parts.push(packed.data.subarray(top * x, (top + rows) * x));
    }
    if (cut) parts.push(Uint8Array.of(GS, 0x56, 66, 0));
  }
  return ok(concatBytes(parts));
}
