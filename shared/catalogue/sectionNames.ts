/**
 * Canonical forms of catalogue section names for comparison.
 *
 * Section names are typed by hand in Bitrix24, and Russian text typed on a Latin layout gets
 * look-alike Latin letters: "1C" for "1С", a Latin "C" in "Cайты". Exact and prefix matching
 * therefore fold Latin letters that look like Cyrillic ones into the Cyrillic letter.
 */
const LATIN_LOOKALIKES: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  x: 'х',
  y: 'у',
};

/** Whitespace runs collapsed, exactly one space on each side of every "/", trimmed. */
export function tidySection(name: string): string {
  return name
    .replace(/\s*\/\s*/g, ' / ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** For exact and prefix rules: tidy, case-folded, ё as е, Latin look-alikes as Cyrillic. */
export function canonicalSection(name: string): string {
  return tidySection(name)
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[abcehkmoptxy]/g, (letter) => LATIN_LOOKALIKES[letter] ?? letter);
}
