import { isAnnexIdentity, type DocumentIdentity } from './identity';
import { codeOfKind } from './kindCodes';
import { INDEX_DIGITS, SEQUENCE_DIGITS } from './limits';
import { mod37_2CheckCharacter } from './mod37_2';
import { requireValidIdentity } from './validateIdentity';

/**
 * What the Code 128 symbol in a document header and on a label carries.
 *
 *   standalone  DF C 26 00042 K          → "DFC2600042K"       11 characters
 *   annex       DF S C 26 00042 002 K    → "DFSC2600042002K"   15 characters
 *
 *   DF     prefix that tells our codes from suppliers' EAN, post office tracking codes, etc.
 *   S      the document's own kind code; for an annex it is followed by the parent's kind code
 *   26     year of issue minus 2000 (years are limited to 2000–2099, see limits.ts)
 *   00042  sequence of the standalone document, or of the parent contract for an annex
 *   002    annex index within the parent (annexes only)
 *   K      ISO/IEC 7064 MOD 37-2 check character over everything before it, prefix included
 *
 * Only upper-case Latin letters, digits and (as a check character) '*': every scanner's keyboard
 * table has them, and Code 128 encodes them in code sets B/C without shift characters. A
 * keyboard-wedge scanner on a host switched to the Russian layout still turns letter keys into
 * Cyrillic; parseScan recognises that and says so. The kind code comes right after the prefix,
 * so the length is known from the third character. A future incompatible format takes a new
 * prefix.
 */
export const BARCODE_PREFIX = 'DF';
export const STANDALONE_PAYLOAD_LENGTH = 11;
export const ANNEX_PAYLOAD_LENGTH = 15;

export function toBarcodePayload(identity: DocumentIdentity): string {
  const checked = requireValidIdentity(identity);
  const data = isAnnexIdentity(checked)
    ? BARCODE_PREFIX +
      codeOfKind(checked.kind) +
      codeOfKind(checked.parent.kind) +
      yearAndSequence(checked.parent.year, checked.parent.sequence) +
      String(checked.index).padStart(INDEX_DIGITS, '0')
    : BARCODE_PREFIX + codeOfKind(checked.kind) + yearAndSequence(checked.year, checked.sequence);
  const check = mod37_2CheckCharacter(data);
  // Kind codes are single capitals (the kinds table promises it, a test holds it), so the data
  // is always in the alphabet; reaching this means that promise was broken.
  if (check === undefined) throw new RangeError(`Kind code outside A–Z in barcode data "${data}"`);
  return data + check;
}

function yearAndSequence(year: number, sequence: number): string {
  return String(year % 100).padStart(2, '0') + String(sequence).padStart(SEQUENCE_DIGITS, '0');
}
