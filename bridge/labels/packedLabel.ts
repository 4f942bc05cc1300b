import type { LabelBitmap } from './labelBitmap';
import type { LabelSize } from './labelSize';
import { packRows, type PackedRows, unpackRows } from './packRows';

/**
 * A rendered label kept for later, 1 bit per dot (black = 1): an eighth of the memory of the
 * bitmap it was drawn as. Labels drawn ahead of scans and kiosk previews are kept this way.
 */
export interface PackedLabel {
  readonly width: number;
  readonly height: number;
  readonly size: LabelSize;
  readonly rows: PackedRows;
}

export function packLabel(label: LabelBitmap): PackedLabel {
  return { width: label.width, height: label.height, size: label.size, rows: packRows(label, 1) };
}

/** The very bitmap that was packed (packing loses nothing). */
export function unpackLabel(packed: PackedLabel): LabelBitmap {
  return { ...unpackRows(packed.rows, packed.width), size: packed.size };
}
