/**
 * AIM symbology identifiers (ISO/IEC 15424): `]` + code character + modifier character, sent
 * by a scanner in front of the data to say which symbology it read. HID-POS scanners carry it
 * in fixed bytes of every report; keyboard-emulating scanners type it before the code when
 * they are configured to. Table: the code characters of ISO/IEC 15424 as scanner manuals list
 * them (e.g. Honeywell "Symbology Charts", AIM ID column).
 */
export type Symbology =
  | 'code128'
  | 'gs1-128'
  | 'code39'
  | 'code93'
  | 'code11'
  | 'codabar'
  | 'itf'
  | 'ean13'
  | 'ean8'
  | 'upc-ean'
  | 'msi'
  | 'qr'
  | 'datamatrix'
  | 'pdf417'
  | 'aztec'
  | 'maxicode'
  | 'gs1-databar'
  | 'other'
  /** The scanner sent no AIM identifier. */
  | 'unknown';

const BY_CODE_CHARACTER: Readonly<Record<string, Symbology>> = {
  A: 'code39',
  C: 'code128',
  E: 'upc-ean',
  F: 'codabar',
  G: 'code93',
  H: 'code11',
  I: 'itf',
  L: 'pdf417',
  M: 'msi',
  Q: 'qr',
  U: 'maxicode',
  d: 'datamatrix',
  e: 'gs1-databar',
  z: 'aztec',
};

/** The symbology an AIM identifier (`]C0`) names; `other` for a well-formed identifier we do not list. */
export function symbologyOfAim(aim: string): Symbology {
  const codeCharacter = aim.charAt(1);
  const modifier = aim.charAt(2);
  // Modifiers that change the name: ]C1 is Code 128 with FNC1 first (GS1-128); ]E0 is EAN-13
  // (UPC-A and UPC-E are sent as EAN-13 too), ]E4 is EAN-8.
  if (codeCharacter === 'C' && modifier === '1') return 'gs1-128';
  if (codeCharacter === 'E' && modifier === '0') return 'ean13';
  if (codeCharacter === 'E' && modifier === '4') return 'ean8';
  return BY_CODE_CHARACTER[codeCharacter] ?? 'other';
}

const AIM_PREFIX = /^\][A-Za-z][0-9A-Za-z]/;

/** True for three characters that form an AIM identifier: `]`, a letter, a digit or letter. */
export function isAimIdentifier(text: string): boolean {
  return text.length === 3 && AIM_PREFIX.test(text);
}

/**
 * Splits a leading AIM identifier off a typed code: `]C0DFC2600042U` → `{ aim: ']C0', code:
 * 'DFC2600042U' }`. Text without one comes back whole with `aim: null`. Our payloads never
 * start with `]`, so a code that merely looks like it carries an identifier was foreign anyway.
 */
export function splitAimPrefix(text: string): { readonly aim: string | null; readonly code: string } {
  if (!AIM_PREFIX.test(text)) return { aim: null, code: text };
  return { aim: text.slice(0, 3), code: text.slice(3) };
}
