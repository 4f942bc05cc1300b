/**
 * Small text helpers for parsers in this folder: normalising what a human or a scanner typed
 * and quoting it back in a Russian error detail without dumping a megabyte or an invisible
 * control character on the kiosk screen.
 */

/** Upper-cases ASCII a–z only; every other character (Cyrillic included) is left as it is. */
export function foldAsciiCase(text: string): string {
  return text.replace(/[a-z]/g, (letter) => letter.toUpperCase());
}

const QUOTE_LIMIT = 24;

/** «text», cut to a screenful, with control characters shown as U+XXXX. */
export function quoteForDetail(text: string): string {
  // Look at a bounded head only: 2·limit+2 UTF-16 units always hold more than `limit` code
  // points when the text is longer than that, so the cut-off test stays exact.
  const headUnits = 2 * QUOTE_LIMIT + 2;
  const head = Array.from(text.slice(0, headUnits));
  const shown = head.slice(0, QUOTE_LIMIT).map(visibleCharacter).join('');
  const cut = head.length > QUOTE_LIMIT || text.length > headUnits;
  return cut ? `«${shown}…»` : `«${shown}»`;
}

function visibleCharacter(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) ? unicodeName(code) : char;
}

function unicodeName(code: number): string {
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Cyrillic capitals that look like Latin ones, for a hint when someone typed the wrong one. */
const LATIN_TWIN: { readonly [cyrillic: string]: string } = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X',
  а: 'A', в: 'B', е: 'E', к: 'K', м: 'M', н: 'H', о: 'O', р: 'P', с: 'C', т: 'T', у: 'Y', х: 'X',
};

export function isCyrillic(char: string): boolean {
  return /[\u0400-\u052f]/.test(char);
}

/**
 * Names one unexpected character for a detail: a space, a control character, a Cyrillic
 * look-alike of a Latin letter (the usual cause is a Russian keyboard layout), or the
 * character itself.
 */
export function describeCharacter(char: string): string {
  if (char === ' ' || char === '\u00a0') return 'пробел';
  if (char === '\t') return 'табуляция';
  if (char === '\r' || char === '\n') return 'перевод строки';
  const twin = LATIN_TWIN[char];
  if (twin !== undefined) return `кириллическая буква «${char}» (вместо латинской «${twin}»?)`;
  if (isCyrillic(char)) return `кириллическая буква «${char}»`;
  return `«${visibleCharacter(char)}»`;
}

/** Russian plural: 1 символ, 2 символа, 5 символов, 21 символ. */
export function pluralRu(count: number, one: string, few: string, many: string): string {
  const lastTwo = Math.abs(count) % 100;
  const last = lastTwo % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return many;
  if (last === 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
}
