/**
 * Does the text contain C0 control characters or DEL? Such characters have no business in an ID,
 * a name or a URL, and a scanner's CR/LF terminator must not slip into a payload. With
 * `allowLineBreaks`, tab, LF and CR are allowed (free text such as comments).
 *
 * A loop rather than a regular expression with \u0000-style ranges, which linters flag.
 */
export function hasControlCharacter(text: string, allowLineBreaks = false): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x7f) return true;
    if (code < 0x20 && !(allowLineBreaks && (code === 0x09 || code === 0x0a || code === 0x0d))) return true;
  }
  return false;
}
