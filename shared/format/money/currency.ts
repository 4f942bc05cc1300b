import { fail, ok, type Result } from '../../result';
import type { PluralForms } from './pluralForm';

export type CurrencyCode = 'RUB' | 'BYN' | 'USD' | 'EUR';
export type GrammaticalGender = 'masculine' | 'feminine';

export type CurrencyWords = {
  readonly code: CurrencyCode;
  /** Written after the digits: "12 345,67 руб."; inner spaces are no-break, the unit never splits. */
  readonly abbreviation: string;
  readonly major: PluralForms;
  /** Decides "один"/"одна", "два"/"две" before the major unit. */
  readonly majorGender: GrammaticalGender;
  readonly minor: PluralForms;
  readonly minorGender: GrammaticalGender;
};

/**
 * Units as Russian and Belarusian contracts write them. BYN: contracts in Belarus write
 * "белорусских рублей ... копеек" (the kopeck needs no "белорусская"); USD is "доллар США"
 * with "цент"; EUR is the indeclinable masculine "евро" with "евроцент".
 */
export const CURRENCIES: { readonly [code in CurrencyCode]: CurrencyWords } = {
  RUB: {
    code: 'RUB',
    abbreviation: 'руб.',
    major: ['рубль', 'рубля', 'рублей'],
    majorGender: 'masculine',
    minor: ['копейка', 'копейки', 'копеек'],
    minorGender: 'feminine',
  },
  BYN: {
    code: 'BYN',
    abbreviation: 'бел.\u00A0руб.',
    major: ['белорусский рубль', 'белорусских рубля', 'белорусских рублей'],
    majorGender: 'masculine',
    minor: ['копейка', 'копейки', 'копеек'],
    minorGender: 'feminine',
  },
  USD: {
    code: 'USD',
    abbreviation: 'долл.\u00A0США',
    major: ['доллар США', 'доллара США', 'долларов США'],
    majorGender: 'masculine',
    minor: ['цент', 'цента', 'центов'],
    minorGender: 'masculine',
  },
  EUR: {
    code: 'EUR',
    abbreviation: 'евро',
    major: ['евро', 'евро', 'евро'],
    majorGender: 'masculine',
    minor: ['евроцент', 'евроцента', 'евроцентов'],
    minorGender: 'masculine',
  },
};

export type CurrencyError = 'currency_unknown';

/** Reads a Bitrix24 CURRENCY_ID ("RUB", "byn", " USD ") into a supported currency code. */
export function parseCurrencyCode(input: string): Result<CurrencyCode, CurrencyError> {
  const code = input.trim().toUpperCase();
  if (code === 'RUB' || code === 'BYN' || code === 'USD' || code === 'EUR') return ok(code);
  return fail(
    'currency_unknown',
    `Валюта «${input.trim()}» не поддерживается: укажите RUB, BYN, USD или EUR.`,
  );
}
