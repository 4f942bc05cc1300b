import { splitAimPrefix, symbologyOfAim } from './aimSymbology';
import type { ScanEvent, ScanSource } from './scanEvent';

/**
 * A scan event from a code that arrived as typed text (a keyboard-emulating scanner, or the
 * kiosk page's wedge detector): a leading AIM identifier, if the scanner sends one, becomes
 * the symbology; without one the symbology is `unknown`.
 */
export function scanFromTypedText(text: string, source: ScanSource, at: number): ScanEvent {
  const { aim, code } = splitAimPrefix(text);
  return { code, symbology: aim === null ? 'unknown' : symbologyOfAim(aim), aim, source, at };
}
