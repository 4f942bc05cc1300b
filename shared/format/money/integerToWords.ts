import { pluralForm, type PluralForms } from './pluralForm';
import type { GrammaticalGender } from './currency';

/*
 * Why our own numerals and not n2words: n2words 4.x is published as ES modules
 * only ("type": "module"), and the project's jest config transforms only listed packages in
 * node_modules, so the tests cannot load it without a config change; it also works on BigInt
 * internally and its currency wording covers the rouble only. What we need is the integer
 * part with masculine/feminine agreement up to the billions: the tables below are all of it.
 */

const ONES_MASCULINE = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const ONES_FEMININE = ['', 'одна', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const TEENS = [
  'десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать',
  'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать',
];
const TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];
const HUNDREDS = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'];

type Scale = { readonly forms: PluralForms; readonly gender: GrammaticalGender };

/** Thousand is feminine (одна тысяча, две тысячи); million and billion are masculine. */
const SCALES: readonly Scale[] = [
  { forms: ['тысяча', 'тысячи', 'тысяч'], gender: 'feminine' },
  { forms: ['миллион', 'миллиона', 'миллионов'], gender: 'masculine' },
  { forms: ['миллиард', 'миллиарда', 'миллиардов'], gender: 'masculine' },
];

/** The largest integer `integerToWords` spells: 999 999 999 999. */
export const MAX_SPELLED_INTEGER = 999_999_999_999;

function triadToWords(triad: number, gender: GrammaticalGender): string[] {
  const hundreds = Math.floor(triad / 100);
  const tens = Math.floor(triad / 10) % 10;
  const ones = triad % 10;
  const words: string[] = [];
  if (hundreds > 0) words.push(HUNDREDS[hundreds] ?? '');
  if (tens === 1) {
    words.push(TEENS[ones] ?? '');
  } else {
    if (tens > 1) words.push(TENS[tens] ?? '');
    if (ones > 0) words.push((gender === 'feminine' ? ONES_FEMININE : ONES_MASCULINE)[ones] ?? '');
  }
  return words;
}

/**
 * Spells a whole number 0…999 999 999 999 in Russian, nominative case, the last group
 * agreeing with `gender` of the noun that follows (один рубль / одна копейка).
 * The caller guarantees the range (amounts are validated by parseAmount first).
 */
export function integerToWords(value: number, gender: GrammaticalGender): string {
  if (value === 0) return 'ноль';
  const words: string[] = [];
  // Split into groups of three digits, lowest first: 12 345 678 → [678, 345, 12].
  const triads: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 1000)) triads.push(rest % 1000);
  for (let index = triads.length - 1; index >= 0; index -= 1) {
    const triad = triads[index] ?? 0;
    if (triad === 0) continue;
    const scale = index === 0 ? undefined : SCALES[index - 1];
    words.push(...triadToWords(triad, scale ? scale.gender : gender));
    if (scale) words.push(pluralForm(triad, scale.forms));
  }
  return words.join(' ');
}
