/*
 * Runs in the kiosk page as well as in Node: it imports only its sibling keyCodeCharacters.ts,
 * which has no imports at all, so the page bundle needs nothing else.
 */
import { characterOfKeystroke, isTerminator, type Keystroke } from './keyCodeCharacters';

export interface WedgeOptions {
  /** Longest pause between two keystrokes of one scan, in ms. Default 35. */
  readonly maxIntervalMs?: number;
  /** Fewest characters a scan has (shorter bursts are hotkeys or accidents). Default 4. */
  readonly minLength?: number;
  /** Most characters kept; a longer burst is not a barcode. Default 256. */
  readonly maxLength?: number;
  /**
   * A pause longer than maxIntervalMs but at most this long is a hiccup, not the end of a scan:
   * a busy kiosk PC (or browser) delivers a scanner's keystrokes with the odd late one. Without
   * this, a scan split by one late keystroke would be read as the tail of the code alone — a
   * "foreign code" on screen. Default 250.
   */
  readonly hiccupMs?: number;
  /** Hiccups one scan may have; a burst with more is human typing. Default 2. */
  readonly maxHiccups?: number;
}

export const WEDGE_DEFAULTS: Required<WedgeOptions> = { maxIntervalMs: 35, minLength: 4, maxLength: 256, hiccupMs: 250, maxHiccups: 2 };

/**
 * What a keystroke meant:
 * - `scan`: it was the Enter closing a fast burst; `code` is the burst in Latin characters;
 * - `typing`: it was an Enter after human typing (or too short a burst): not a scan;
 * - `pending`: a character was kept; the page may hold it back until the verdict;
 * - `ignored`: a key that types nothing (Shift, arrows) and does not count.
 */
export type WedgeVerdict =
  | { readonly kind: 'scan'; readonly code: string; readonly at: number }
  | { readonly kind: 'typing' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'ignored' };

export interface WedgeDetector {
  push(stroke: Keystroke): WedgeVerdict;
  reset(): void;
}

/**
 * Tells a keyboard-wedge scanner from a person: a scanner types a whole code with a few ms
 * between keys and ends it with Enter; people need 100 ms or more per key. A pause longer
 * than `maxIntervalMs` starts the burst afresh from the key after it, so a scan right after
 * some typing is still recognised.
 */
export function createWedgeDetector(options: WedgeOptions = {}): WedgeDetector {
  const { maxIntervalMs, minLength, maxLength, hiccupMs, maxHiccups } = { ...WEDGE_DEFAULTS, ...options };
  let burst = '';
  let overflow = false;
  let hiccups = 0;
  let lastAt = Number.NEGATIVE_INFINITY;

  function clear(): void {
    burst = '';
    overflow = false;
    hiccups = 0;
    lastAt = Number.NEGATIVE_INFINITY;
  }

  /** Does a keystroke at `at` continue the burst? A late one counts as a hiccup, within limits. */
  function continues(at: number): boolean {
    const gap = at - lastAt;
    // A clock that runs backwards proves nothing about speed: count it as a pause.
    if (gap >= 0 && gap <= maxIntervalMs) return true;
    if (burst === '' || gap < 0 || gap > hiccupMs || hiccups >= maxHiccups) return false;
    hiccups++;
    return true;
  }

  function push(stroke: Keystroke): WedgeVerdict {
    if (isTerminator(stroke)) {
      const isScan = !overflow && burst.length >= minLength && continues(stroke.at);
      const code = burst;
      clear();
      return isScan ? { kind: 'scan', code, at: stroke.at } : { kind: 'typing' };
    }
    const character = characterOfKeystroke(stroke);
    if (character === null) return { kind: 'ignored' };
    if (!continues(stroke.at)) {
      burst = '';
      overflow = false;
      hiccups = 0;
    }
    if (burst.length >= maxLength) overflow = true;
    else burst += character;
    lastAt = stroke.at;
    return { kind: 'pending' };
  }

  return { push, reset: clear };
}

/** The verdict on a finished sequence of keystrokes: `scan` with its code, or `typing`. */
export function classifyKeystrokes(
  strokes: readonly Keystroke[],
  options: WedgeOptions = {},
): { readonly kind: 'scan'; readonly code: string; readonly at: number } | { readonly kind: 'typing' } {
  const detector = createWedgeDetector(options);
  let verdict: WedgeVerdict = { kind: 'typing' };
  for (const stroke of strokes) verdict = detector.push(stroke);
  return verdict.kind === 'scan' ? verdict : { kind: 'typing' };
}

export type { Keystroke } from './keyCodeCharacters';
