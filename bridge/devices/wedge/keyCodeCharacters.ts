/*
 * Runs in the kiosk page as well as in Node: no imports, no Node or DOM globals.
 *
 * A keyboard-wedge scanner presses key positions as a US keyboard would. The browser reports
 * each press twice: `KeyboardEvent.key` is the character the host's CURRENT layout makes of
 * it (with the Russian ЙЦУКЕН layout the D key gives "в"), while `KeyboardEvent.code` names
 * the physical key whatever the layout ("KeyD", "Digit1", "Minus"). So characters are rebuilt
 * from `code` and the Shift state, and a scan comes through in Latin letters even when the
 * office manager left the Russian layout on. Codes: UI Events KeyboardEvent code Values,
 * https://www.w3.org/TR/uievents-code/ (writing system keys, numpad section).
 */

const PUNCTUATION: Readonly<Record<string, readonly [string, string]>> = {
  Minus: ['-', '_'],
  Equal: ['=', '+'],
  BracketLeft: ['[', '{'],
  BracketRight: [']', '}'],
  Backslash: ['\\', '|'],
  Semicolon: [';', ':'],
  Quote: ["'", '"'],
  Backquote: ['`', '~'],
  Comma: [',', '<'],
  Period: ['.', '>'],
  Slash: ['/', '?'],
  Space: [' ', ' '],
  NumpadDecimal: ['.', '.'],
  NumpadAdd: ['+', '+'],
  NumpadSubtract: ['-', '-'],
  NumpadMultiply: ['*', '*'],
  NumpadDivide: ['/', '/'],
};

const DIGIT_SHIFTED = ')!@#$%^&*(';

/** The keys that end a typed code. */
export const WEDGE_TERMINATOR_CODES: readonly string[] = ['Enter', 'NumpadEnter'];

/** What the kiosk page reads off a `keydown` event, with the time it happened (ms). */
export interface Keystroke {
  /** `KeyboardEvent.code`: the physical key ("KeyA", "Digit1", "Enter"). May be "" on virtual keyboards. */
  readonly code: string;
  /** `KeyboardEvent.key`: the character of the current layout; used only when `code` is unknown. */
  readonly key: string;
  readonly shiftKey: boolean;
  /** `KeyboardEvent.getModifierState('CapsLock')`; absent means off. */
  readonly capsLock?: boolean;
  /** `KeyboardEvent.timeStamp` (or any millisecond clock, as long as it is one clock). */
  readonly at: number;
}

/**
 * The Latin character a keystroke types on a US layout, or null for keys that type nothing
 * (Shift, arrows, F-keys) and for non-ASCII characters of unknown keys.
 */
export function characterOfKeystroke(stroke: Keystroke): string | null {
  const { code } = stroke;
  if (/^Key[A-Z]$/.test(code)) {
    const upper = stroke.shiftKey !== (stroke.capsLock ?? false);
    const letter = code.charAt(3);
    return upper ? letter : letter.toLowerCase();
  }
  if (/^Digit[0-9]$/.test(code)) {
    const digit = Number(code.charAt(5));
    return stroke.shiftKey ? DIGIT_SHIFTED.charAt(digit) : String(digit);
  }
  if (/^Numpad[0-9]$/.test(code)) return code.charAt(6);
  const pair = PUNCTUATION[code];
  if (pair !== undefined) return pair[stroke.shiftKey ? 1 : 0];
  if (code === '' && /^[\x20-\x7e]$/.test(stroke.key)) return stroke.key;
  return null;
}

export function isTerminator(stroke: Keystroke): boolean {
  return WEDGE_TERMINATOR_CODES.includes(stroke.code) || (stroke.code === '' && stroke.key === 'Enter');
}
