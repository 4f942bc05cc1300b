import { fail, ok, type Result } from '../result';

/**
 * Splits a PHP-style form field name into its path: `data[FIELDS][ID]` → ['data', 'FIELDS', 'ID'],
 * `document_id[]` → ['document_id', ''] (an empty segment means "append"). Bitrix24 is written in
 * PHP and sends nested data this way (its documented event bodies are PHP arrays).
 *
 * Stricter than PHP's parse_str, which quietly rewrites odd names: an unclosed bracket, text after
 * a closing bracket, a bracket inside the base name or a nested bracket is refused.
 */
export function splitBracketKey(name: string): Result<readonly string[], 'malformed_form'> {
  const open = name.indexOf('[');
  const base = open === -1 ? name : name.slice(0, open);
  if (base === '' || base.includes(']')) return malformedName(name);
  const path = [base];
  let rest = open === -1 ? '' : name.slice(open);
  while (rest !== '') {
    const match = /^\[([^[\]]*)\]/.exec(rest);
    if (match === null) return malformedName(name);
    path.push(match[1] ?? '');
    rest = rest.slice(match[0].length);
  }
  return ok(path);
}

function malformedName(name: string): Result<never, 'malformed_form'> {
  return fail('malformed_form', `Некорректное имя поля формы «${name.length <= 60 ? name : `${name.slice(0, 57)}…`}».`);
}
