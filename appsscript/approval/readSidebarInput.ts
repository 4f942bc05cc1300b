import { formatRegistryNumber, parseRegistryNumber } from '../../shared/numbers';
import { fail, ok, type Result } from '../../shared/result';

/** Comments and reasons longer than this are refused (a Sheets cell holds 50 000 characters; people read far less). */
export const MAX_COMMENT_LENGTH = 2000;

/**
 * A registry number as the sidebar sends it: anything may arrive through google.script.run, so
 * the type is checked, then the number is read as shared/numbers reads it and put in canonical form.
 */
export function readDocumentNumber(value: unknown): Result<string, 'invalid_input'> {
  if (typeof value !== 'string') return fail('invalid_input', 'Не указан номер документа.');
  const parsed = parseRegistryNumber(value);
  if (parsed.status === 'error') return fail('invalid_input', parsed.detail);
  return ok(formatRegistryNumber(parsed.response));
}

/** Optional free text (an approval comment): a string of reasonable length, trimmed. */
export function readComment(value: unknown, what: string): Result<string, 'invalid_input'> {
  if (value === undefined || value === null) return ok('');
  if (typeof value !== 'string') return fail('invalid_input', `${what}: ожидается текст.`);
  const text = value.trim();
  if (text.length > MAX_COMMENT_LENGTH) return fail('invalid_input', `${what}: не длиннее ${MAX_COMMENT_LENGTH} символов (сейчас ${text.length}).`);
  return ok(text);
}
