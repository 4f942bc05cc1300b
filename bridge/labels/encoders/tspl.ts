import { ok, type Result } from '../../../shared/result';
import type { LabelBitmap } from '../labelBitmap';
import type { LabelEncodeError } from '../labelErrors';
import { packRows } from '../packRows';
import { ascii, checkEncodeInput, concatBytes, type LabelEncodeOptions } from './encodeOptions';

/**
 * The label as TSPL (TSC and compatible printers): SIZE and GAP describe the stock, CLS clears
 * the image buffer, BITMAP x,y,width in bytes,height in dots,mode,data draws the graphic
 * (mode 0 = overwrite) and PRINT prints. Commands end with CR LF; the bitmap data is binary.
 *
 * Polarity: in TSPL BITMAP a 0 bit burns a dot and a 1 bit leaves paper, the opposite of ZPL
 * and ESC/POS. TSC's own manual (TSPL/TSPL2 Programming Manual, BITMAP) could not be read from
 * here; the polarity is the one drivers tested on real printers use:
 * github.com/farminos/open-escpos-print-service pull request 13 ("TSPL BITMAP is inverted
 * relative to ESC/POS -- a 0 bit burns and a 1 bit leaves the label blank. Getting this
 * backwards prints a solid black label") and github.com/kubesail/raster-to-tspl-js, print.js
 * (sets the bit for light pixels). A printer that prints the label as a negative needs this
 * one constant flipped.
 */
export function encodeTspl(label: LabelBitmap, options: LabelEncodeOptions = {}): Result<Uint8Array, LabelEncodeError> {
  const checked = checkEncodeInput(label, options);
  if (checked.status === 'error') return checked;
  const { copies, gapMm } = checked.response;
  const packed = packRows(label, 0);
  const header =
    `SIZE ${millimetres(label.size.widthMm)} mm,${millimetres(label.size.heightMm)} mm\r\n` +
    `GAP ${millimetres(gapMm)} mm,0 mm\r\n` +
    'CLS\r\n' +
    `BITMAP 0,0,${packed.bytesPerRow},${packed.rows},0,`;
  return ok(concatBytes([ascii(header), packed.data, ascii(`\r\nPRINT ${copies},1\r\n`)]));
}

/** Up to two decimals, no trailing zeros: 100, 57.5. */
function millimetres(value: number): string {
  return String(Math.round(value * 100) / 100);
}
