import { fail, ok, type Result } from '../result';

/**
 * Decodes one name or value of an application/x-www-form-urlencoded body: `+` is a space, and
 * `%XX` sequences are UTF-8 bytes (Cyrillic arrives as two bytes per letter, `%D0%98` = «И»).
 * See the WHATWG URL standard, "application/x-www-form-urlencoded parsing".
 *
 * Unlike URLSearchParams (which Apps Script does not have, and which passes a broken `%` through
 * unchanged), a malformed sequence is an error here: `%`, `%4`, `%ZZ`, or bytes that are not
 * valid UTF-8 (`%C3%28`, a lone `%D0`, an encoded surrogate). The strict decoding is
 * decodeURIComponent's, whose URIError is turned into a Result; `+` is replaced first, so an
 * encoded plus (`%2B`) survives as a literal '+'.
 */
export function decodeFormComponent(raw: string): Result<string, 'malformed_form'> {
  const spaced = raw.replace(/\+/g, ' ');
  try {
    return ok(decodeURIComponent(spaced));
  } catch {
    return fail('malformed_form', `Некорректная %-последовательность в «${shorten(raw)}».`);
  }
}

function shorten(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57)}…`;
}
