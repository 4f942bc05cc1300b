import type { Result } from '../../../shared/result';
import type { LabelBitmap } from '../labelBitmap';
import type { LabelEncodeError } from '../labelErrors';
import type { LabelEncodeOptions } from './encodeOptions';
import { encodeEscPos } from './escpos';
import { encodeLabelPdf } from './pdf';
import { encodeTspl } from './tspl';
import { encodeZpl } from './zpl';

/** Printer languages that carry the label bitmap in raw bytes (sent over TCP 9100). */
export type RasterLabelFormat = 'zpl' | 'tspl' | 'escpos';
/** Every way the bridge can print a label; `pdf` goes to a printer over IPP. */
export type LabelFormat = RasterLabelFormat | 'pdf';

export const LABEL_FORMATS: readonly LabelFormat[] = ['zpl', 'tspl', 'escpos', 'pdf'];

/** The label bitmap in a printer language, synchronously (the scan-to-label path). */
export function encodeLabel(
  label: LabelBitmap,
  format: RasterLabelFormat,
  options: LabelEncodeOptions = {},
): Result<Uint8Array, LabelEncodeError> {
  switch (format) {
    case 'zpl':
      return encodeZpl(label, options);
    case 'tspl':
      return encodeTspl(label, options);
    case 'escpos':
      return encodeEscPos(label, options);
  }
}

/** Any format, PDF included (building a PDF is asynchronous). */
export async function encodeLabelAs(
  label: LabelBitmap,
  format: LabelFormat,
  options: LabelEncodeOptions = {},
): Promise<Result<Uint8Array, LabelEncodeError>> {
  return format === 'pdf' ? encodeLabelPdf(label, options) : encodeLabel(label, format, options);
}
