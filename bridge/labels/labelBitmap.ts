import type { Bitmap } from '../../shared/png';
import type { LabelSize } from './labelSize';

/**
 * A rendered label: the 1-bit bitmap (1 = black) every encoder prints and the kiosk shows,
 * with the physical size it was drawn for, which ZPL, TSPL and PDF need to state.
 */
export interface LabelBitmap extends Bitmap {
  readonly size: LabelSize;
}
