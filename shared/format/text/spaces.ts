/**
 * Space characters used by the Russian formatters.
 *
 * Policy (one rule, applied everywhere in shared/format): a number is never separated from
 * its unit or sign by a line break, so those joints get U+00A0 NO-BREAK SPACE — digit groups
 * ("1 234 567,89"), amount and currency ("100,00 руб."), day and month ("28 ноября"), year
 * and "г.", "№ 12". Words elsewhere are joined by an ordinary space, so text copied into a
 * Sheets register stays searchable with an ordinary space.
 *
 * Why U+00A0 and not U+202F NARROW NO-BREAK SPACE for digit groups: CLDR's Russian locale
 * uses U+00A0 as the grouping separator (what Excel, 1C and `Intl.NumberFormat('ru')` print),
 * and U+202F is missing from the older Times New Roman / Arial builds that Word users open
 * exported contracts with. The narrow space is available as an option where the caller
 * knows the font has it.
 */
export const NBSP = '\u00A0';
export const NARROW_NBSP = '\u202F';

/** Collapses every run of whitespace (including U+00A0, U+202F, U+2009) to one ordinary space and trims. */
export function collapseSpaces(text: string): string {
  // `\s` in ECMAScript covers all Unicode space separators (Zs), U+FEFF and line terminators.
  return text.replace(/\s+/g, ' ').trim();
}
