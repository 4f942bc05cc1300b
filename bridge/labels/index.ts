/**
 * Address labels: rendered once to a 1-bit bitmap with the bundled Cyrillic font, then sent
 * as ZPL, TSPL, ESC/POS or PDF; the kiosk previews the same bitmap as PNG.
 */
export type { LabelBitmap } from './labelBitmap';
export type { LabelEncodeError, LabelError } from './labelErrors';
export { checkLabelInput, labelInputFromAddress, type LabelInput } from './labelInput';
export { LABEL_100X50, LABEL_58X40, checkLabelSize, labelDots, mmToDots, type LabelDpi, type LabelSize } from './labelSize';
export { renderLabel } from './renderLabel';
export { labelPng } from './labelPng';
export { packLabel, unpackLabel, type PackedLabel } from './packedLabel';
export { LABEL_FORMATS, encodeLabel, encodeLabelAs, type LabelFormat, type RasterLabelFormat } from './encoders/encodeLabel';
export type { LabelEncodeOptions } from './encoders/encodeOptions';
export { encodeZpl } from './encoders/zpl';
export { encodeTspl } from './encoders/tspl';
export { encodeEscPos } from './encoders/escpos';
export { encodeLabelPdf } from './encoders/pdf';
