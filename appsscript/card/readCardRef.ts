import { BARCODE_PREFIX, formatRegistryNumber, parseRegistryNumber, parseScan } from '../../shared/numbers';
import { fail, ok, type Result } from '../../shared/result';

/** Longer than any registry number or payload; anything beyond is not a number someone typed. */
const MAX_REF_LENGTH = 64;

/**
 * Reads the `ref` the sidebar sends (anything may arrive through google.script.run): nothing →
 * null, meaning "the document the sidebar is open on"; a registry number as people type it
 * (C-2026-00042, lower case, spaces around) or a barcode payload from a keyboard-wedge scanner
 * (DFC2600042K) → the canonical registry number. Anything else is refused with a Russian detail.
 */
export function readCardRef(value: unknown): Result<string | null, 'invalid_input'> {
  if (value === undefined || value === null) return ok(null);
  if (typeof value !== 'string') return fail('invalid_input', 'Номер документа должен быть текстом, например C-2026-00042.');
  const text = value.trim();
  if (text === '') return ok(null);
  if (text.length > MAX_REF_LENGTH) return fail('invalid_input', 'Это не номер документа Docflow: слишком длинный текст. Введите номер вида C-2026-00042.');
  if (text.toUpperCase().startsWith(BARCODE_PREFIX)) {
    const scanned = parseScan(text);
    return scanned.status === 'success' ? ok(formatRegistryNumber(scanned.response)) : fail('invalid_input', scanned.detail);
  }
  const parsed = parseRegistryNumber(text);
  return parsed.status === 'success' ? ok(formatRegistryNumber(parsed.response)) : fail('invalid_input', parsed.detail);
}
