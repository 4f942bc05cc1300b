import { fail, ok, type Result } from '../../../shared/result';
import type { LabelBitmap } from '../labelBitmap';
import type { LabelEncodeError } from '../labelErrors';
import { packRows } from '../packRows';
import { ascii, checkEncodeInput, type LabelEncodeOptions } from './encodeOptions';
import { z64Field } from './z64';

/** ^GF counts are limited to 99999 bytes (ZPL programming guide, ^GF parameters b and c). */
const MAX_GRAPHIC_BYTES = 99_999;

/**
 * The whole label as one ZPL graphic field:
 *
 *   ^XA ^PW<width> ^LL<height> ^LH0,0 ^FO0,0 ^GFA,<bytes>,<bytes>,<bytes per row>,<data> ^FS ^PQ<copies> ^XZ
 *
 * ^GFa,b,c,d,data with a = A (ASCII), b = c = total bytes of the bitmap ("for ASCII download,
 * the parameter should match parameter c"), d = bytes per row; a 1 bit prints a dot. The data
 * is Z64 (compressed, see z64.ts) unless the printer needs plain hexadecimal, two digits per
 * byte. Zebra ZPL II Programming Guide, ^GF Graphic Field,
 * https://docs.zebra.com/us/en/printers/software/zpl-pg/zpl-commands/%5Egf.html.
 * The barcode travels inside the bitmap (drawn by shared/barcode), so it prints identically
 * on every printer and in the preview.
 */
export function encodeZpl(label: LabelBitmap, options: LabelEncodeOptions = {}): Result<Uint8Array, LabelEncodeError> {
  const checked = checkEncodeInput(label, options);
  if (checked.status === 'error') return checked;
  const packed = packRows(label, 1);
  if (packed.data.length > MAX_GRAPHIC_BYTES) {
    return fail(
      'label_too_large_for_format',
      `Этикетка ${label.width}×${label.height} точек занимает ${packed.data.length} байт, а ZPL ^GF принимает не больше ${MAX_GRAPHIC_BYTES}: уменьшите размер или разрешение.`,
    );
  }
  const bytes = Buffer.from(packed.data.buffer, packed.data.byteOffset, packed.data.byteLength);
  const data = checked.response.zplGraphic === 'z64' ? z64Field(bytes) : bytes.toString('hex').toUpperCase();
  const total = packed.data.length;
  return ok(
    ascii(
      `^XA^PW${label.width}^LL${label.height}^LH0,0` +
        `^FO0,0^GFA,${total},${total},${packed.bytesPerRow},${data}^FS` +
        `^PQ${checked.response.copies}^XZ`,
    ),
  );
}
