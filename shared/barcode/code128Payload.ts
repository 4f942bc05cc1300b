import { fail, ok, type Result } from '../result';
import type { BarcodeError } from './barcodeError';

/**
 * Far above our registry numbers (about fifteen characters), yet short enough for a document
 * header and for the scanners' buffers. ISO/IEC 15417 itself sets no limit.
 */
export const MAX_CODE128_PAYLOAD_LENGTH = 80;

/**
 * Code 128 can carry all of ASCII, but a payload must survive the trip back through a
 * scanner typing into a kiosk page (keyboard wedge), so only printable ASCII (space to `~`)
 * is accepted: control characters and non-ASCII letters would not come back as typed.
 */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function checkCode128Payload(payload: string): Result<string, BarcodeError> {
  if (typeof payload !== 'string' || payload.length === 0) {
    return fail('barcode_empty_payload', 'Нечего кодировать в штрихкод: значение пустое или не является строкой.');
  }
  if (payload.length > MAX_CODE128_PAYLOAD_LENGTH) {
    return fail(
      'barcode_payload_too_long',
      `Значение штрихкода длиной ${payload.length} символов длиннее допустимых ${MAX_CODE128_PAYLOAD_LENGTH}.`,
    );
  }
  if (!PRINTABLE_ASCII.test(payload)) {
    const bad = [...payload].find((ch) => !PRINTABLE_ASCII.test(ch)) ?? '';
    const code = (bad.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    return fail(
      'barcode_unsupported_character',
      `Символ «${bad}» (U+${code}) нельзя закодировать: штрихкод допускает только латинские буквы, цифры, пробел и знаки ASCII.`,
    );
  }
  return ok(payload);
}
