import { fail, ok, type Result } from '../result';
import { ANNEX_PAYLOAD_LENGTH, BARCODE_PREFIX, STANDALONE_PAYLOAD_LENGTH } from './barcodePayload';
import type { DocumentIdentity } from './identity';
import { isAnnexKind, isParentKind } from './kindGroups';
import { kindOfCode } from './kindCodes';
import { MIN_YEAR, SEQUENCE_DIGITS } from './limits';
import { MOD37_2_CHECK_ALPHABET, MOD37_2_DATA_ALPHABET, mod37_2IsValid } from './mod37_2';
import { describeCharacter, foldAsciiCase, pluralRu, quoteForDetail } from './textForDetail';
import { validateIdentity } from './validateIdentity';

export type ScanError = 'foreign_code' | 'bad_check_character' | 'malformed';

/**
 * What the prefix "DF" becomes when a keyboard-wedge scanner types it while the host is in the
 * Russian ЙЦУКЕН layout: the D key gives "В", the F key gives "А".
 */
const PREFIX_IN_RUSSIAN_LAYOUT = 'ВА';

/**
 * Reads one scan (see barcodePayload.ts for the format) back into a document identity.
 *
 * Tolerated: whitespace around the code, including the CR/LF a scanner sends after it, and
 * lower-case letters — a keyboard-wedge scanner types them when Caps Lock is on, and the
 * payload alphabet has no lower-case letters, so folding loses nothing and the check character
 * still guards the result. Not here: the AIM symbology identifier ("]C0"), which the bridge
 * strips; a scan starting with "]" is a foreign code to this function.
 *
 * Order of the checks, chosen for what the kiosk tells the operator: someone else's code →
 * foreign_code; characters we never print or a wrong length → malformed; then the check
 * character, so that any single misread character says "scan again" (bad_check_character);
 * only a code that passes the check and still does not decode is malformed.
 */
export function parseScan(raw: string): Result<DocumentIdentity, ScanError> {
  if (typeof raw !== 'string') return damaged('сканер передал не текст');
  const trimmed = raw.trim();
  if (trimmed === '') return damaged('сканер не передал ни одного символа');
  const text = foldAsciiCase(trimmed);

  if (!text.startsWith(BARCODE_PREFIX)) {
    if (trimmed.slice(0, 2).toUpperCase() === PREFIX_IN_RUSSIAN_LAYOUT) {
      return fail(
        'malformed',
        'Сканер печатает в русской раскладке клавиатуры: переключите раскладку на английскую (EN) и отсканируйте ещё раз.',
      );
    }
    return fail(
      'foreign_code',
      `Это не штрихкод Docflow (прочитано ${quoteForDetail(trimmed)}). Отсканируйте штрихкод в шапке документа или на наклейке конверта.`,
    );
  }

  const badCharacter = findCharacterOutsideAlphabet(text);
  if (badCharacter !== undefined) {
    return damaged(`${describeCharacter(badCharacter.char)} в позиции ${badCharacter.position}`);
  }
  if (text.length !== STANDALONE_PAYLOAD_LENGTH && text.length !== ANNEX_PAYLOAD_LENGTH) {
    return damaged(describeWrongLength(text.length));
  }
  if (!mod37_2IsValid(text)) {
    return fail(
      'bad_check_character',
      'Контрольный символ не сходится — отсканируйте ещё раз. Если ошибка повторяется, штрихкод напечатан нечётко: найдите документ по номеру.',
    );
  }
  return decodeFields(text);
}

function decodeFields(text: string): Result<DocumentIdentity, ScanError> {
  const kindCode = text.charAt(2);
  const kind = kindOfCode(kindCode);
  if (kind === undefined) return damaged(`неизвестный вид документа «${kindCode}»`);
  const annex = isAnnexKind(kind);
  const expectedLength = annex ? ANNEX_PAYLOAD_LENGTH : STANDALONE_PAYLOAD_LENGTH;
  if (text.length !== expectedLength) {
    return damaged(`для вида «${kindCode}» нужно ${expectedLength} символов, а прочитано ${text.length}`);
  }
  const parentCode = annex ? text.charAt(3) : kindCode;
  const parentKind = kindOfCode(parentCode);
  if (annex && (parentKind === undefined || !isParentKind(parentKind))) {
    return damaged(`документ вида «${kindCode}» может относиться только к договору, а указан вид «${parentCode}»`);
  }
  const digits = text.slice(annex ? 4 : 3, -1);
  if (!/^[0-9]+$/.test(digits)) return damaged(`после вида документа ожидаются только цифры, а прочитано «${digits}»`);
  const year = MIN_YEAR + Number(digits.slice(0, 2));
  const sequence = Number(digits.slice(2, 2 + SEQUENCE_DIGITS));
  if (sequence === 0) return damaged('порядковый номер 00000 не выдаётся');
  if (!annex) return checked({ kind, year, sequence });
  const index = Number(digits.slice(2 + SEQUENCE_DIGITS));
  if (index === 0) return damaged('номер внутри договора 000 не выдаётся');
  return checked({ kind, parent: { kind: parentKind, year, sequence }, index });
}

/** The last guard: the checks above already cover every range, so this only catches drift. */
function checked(candidate: unknown): Result<DocumentIdentity, ScanError> {
  const result = validateIdentity(candidate);
  return result.status === 'success' ? ok(result.response) : damaged('номер вне допустимых значений');
}

/** The first character that our payloads never contain: 0–9 A–Z, and '*' only as the last. */
function findCharacterOutsideAlphabet(text: string): { char: string; position: number } | undefined {
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i] ?? '';
    const alphabet = i === chars.length - 1 ? MOD37_2_CHECK_ALPHABET : MOD37_2_DATA_ALPHABET;
    if (!alphabet.includes(char)) return { char, position: i + 1 };
  }
  return undefined;
}

function describeWrongLength(length: number): string {
  const read = `прочитано ${length} ${pluralRu(length, 'символ', 'символа', 'символов')}, а в штрихкоде Docflow их ${STANDALONE_PAYLOAD_LENGTH} или ${ANNEX_PAYLOAD_LENGTH}`;
  return length > ANNEX_PAYLOAD_LENGTH ? `${read} — возможно, два скана слились в один` : read;
}

function damaged(reason: string): Result<never, 'malformed'> {
  return fail('malformed', `Штрихкод повреждён: ${reason}. Отсканируйте ещё раз или найдите документ по номеру.`);
}
