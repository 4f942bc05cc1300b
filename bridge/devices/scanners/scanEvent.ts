import type { Symbology } from './aimSymbology';

/** Where a scan came from: a HID-POS scanner, a keyboard-emulating scanner read through hidraw, or the kiosk page. */
export type ScanSource = 'hid-pos' | 'hidraw-keyboard' | 'wedge';

/**
 * One complete code read by a scanner. `code` is the data only: the AIM symbology identifier
 * (`]C0`) and the terminating Enter are removed, so it can go straight to shared/numbers'
 * `parseScan`.
 */
export interface ScanEvent {
  readonly code: string;
  readonly symbology: Symbology;
  /** The AIM identifier as the scanner sent it (`]C0`), or null when it sent none. */
  readonly aim: string | null;
  readonly source: ScanSource;
  /** When the last part of the code arrived, in the clock the decoder was fed with (ms). */
  readonly at: number;
}
