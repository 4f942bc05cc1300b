import { code128Png } from '../../shared/barcode';
import { base64 } from './base64';

/**
 * One-pixel modules: the longest payload (an annex's 15 characters) is then about 200 px wide with
 * its quiet zones, so it fits the 300 px sidebar at its natural size — a scaled-down symbol would
 * have bars of uneven width. On a high-density screen each module is two device pixels.
 */
const SIDEBAR_BARCODE = { moduleWidth: 1, barHeight: 48 } as const;

/**
 * The header's Code 128 symbol as a PNG data URI the sidebar shows in an <img>: the same
 * renderer and payload generation uses, so what the card shows is what the scanner reads.
 * Null when the payload cannot be drawn (a register cell edited by hand); the card still opens.
 */
export function barcodeDataUri(payload: string): string | null {
  if (payload.trim() === '') return null;
  const png = code128Png(payload, SIDEBAR_BARCODE);
  if (png.status === 'error') return null;
  return `data:image/png;base64,${base64(png.response)}`;
}
