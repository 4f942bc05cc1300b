/**
 * Keyboard/Keypad page (0x07) usage ids to characters on a US keyboard, unshifted and with
 * Shift. Source: USB HID Usage Tables 1.4, chapter 10 "Keyboard/Keypad Page (0x07)"
 * (https://usb.org/document-library/hid-usage-tables-14). Keyboard-emulating scanners type
 * as a US keyboard by default; the host's layout does not matter at this level, because
 * usage ids name key positions, not characters.
 */
const CHARACTER_KEYS: ReadonlyMap<number, readonly [string, string]> = new Map<number, readonly [string, string]>([
  ...letters(),
  [0x1e, ['1', '!']],
  [0x1f, ['2', '@']],
  [0x20, ['3', '#']],
  [0x21, ['4', '$']],
  [0x22, ['5', '%']],
  [0x23, ['6', '^']],
  [0x24, ['7', '&']],
  [0x25, ['8', '*']],
  [0x26, ['9', '(']],
  [0x27, ['0', ')']],
  [0x2c, [' ', ' ']],
  [0x2d, ['-', '_']],
  [0x2e, ['=', '+']],
  [0x2f, ['[', '{']],
  [0x30, [']', '}']],
  [0x31, ['\\', '|']],
  [0x32, ['#', '~']], // Non-US # and ~
  [0x33, [';', ':']],
  [0x34, ["'", '"']],
  [0x35, ['`', '~']],
  [0x36, [',', '<']],
  [0x37, ['.', '>']],
  [0x38, ['/', '?']],
  // Keypad: the same character with or without Shift (Num Lock on, as scanners assume).
  [0x54, ['/', '/']],
  [0x55, ['*', '*']],
  [0x56, ['-', '-']],
  [0x57, ['+', '+']],
  ...keypadDigits(),
  [0x63, ['.', '.']],
]);

/** Keyboard Return (ENTER) and Keypad ENTER: scanners end a code with one of them. */
export const ENTER_USAGES: ReadonlySet<number> = new Set([0x28, 0x58]);

/**
 * Usages that say "no key" or "too many keys": 0x00 (no event), 0x01 ErrorRollOver,
 * 0x02 POSTFail, 0x03 ErrorUndefined (HID Usage Tables, Keyboard page, usages 00-03).
 */
export const ERROR_ROLL_OVER = 0x01;
export const FIRST_KEY_USAGE = 0x04;

/** Modifier byte bits (boot keyboard report byte 0, usages E0-E7 as bits 0-7). */
export const SHIFT_BITS = 0x02 | 0x20;
/** Ctrl, Alt and GUI, left and right: a scanner typing a code holds none of them. */
export const CHORD_BITS = 0x01 | 0x10 | 0x04 | 0x40 | 0x08 | 0x80;

/** The character a key types, or undefined for keys that type none (arrows, F1...). */
export function characterOfUsage(usage: number, shift: boolean): string | undefined {
  const pair = CHARACTER_KEYS.get(usage);
  return pair === undefined ? undefined : pair[shift ? 1 : 0];
}

function letters(): [number, readonly [string, string]][] {
  const entries: [number, readonly [string, string]][] = [];
  for (let i = 0; i < 26; i++) {
    const lower = String.fromCharCode(0x61 + i);
    entries.push([0x04 + i, [lower, lower.toUpperCase()]]);
  }
  return entries;
}

function keypadDigits(): [number, readonly [string, string]][] {
  // Keypad 1..9 are 0x59..0x61, Keypad 0 is 0x62.
  const entries: [number, readonly [string, string]][] = [];
  for (let digit = 1; digit <= 9; digit++) entries.push([0x58 + digit, [String(digit), String(digit)]]);
  entries.push([0x62, ['0', '0']]);
  return entries;
}
