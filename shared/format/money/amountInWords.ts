import { ok, type Result } from '../../result';
import { capitalizeFirst } from '../text/letterCase';
import { CURRENCIES, type CurrencyCode } from './currency';
import { integerToWords } from './integerToWords';
import { parseAmount, type AmountError, type AmountInput } from './parseAmount';
import { pluralForm } from './pluralForm';

export type AmountWordsOptions = {
  /**
   * How the kopecks (cents) are written. 'digits' (default) is what most contracts do:
   * "… рублей 07 копеек", always two digits, "00 копеек" included; 'words' spells them:
   * "… рублей семь копеек".
   */
  readonly minorUnits?: 'digits' | 'words';
  /** Capital first letter, as inside the brackets of a contract amount. Default false. */
  readonly capitalize?: boolean;
};

/** Spells validated minor units: "двенадцать тысяч триста сорок пять рублей 67 копеек". */
export function minorUnitsToWords(minor: number, currency: CurrencyCode, options: AmountWordsOptions = {}): string {
  const words = CURRENCIES[currency];
  const major = Math.floor(minor / 100);
  const kopecks = minor % 100;
  const majorPart = `${integerToWords(major, words.majorGender)} ${pluralForm(major, words.major)}`;
  const kopecksNumber =
    options.minorUnits === 'words' ? integerToWords(kopecks, words.minorGender) : String(kopecks).padStart(2, '0');
  const text = `${majorPart} ${kopecksNumber} ${pluralForm(kopecks, words.minor)}`;
  return options.capitalize ? capitalizeFirst(text) : text;
}

/**
 * The amount in words with its currency, e.g. 12345.67 RUB → "двенадцать тысяч триста
 * сорок пять рублей 67 копеек". Numerals agree with the unit: "одна тысяча", "два рубля",
 * "две копейки", "двадцать один доллар США".
 */
export function amountInWords(
  input: AmountInput,
  currency: CurrencyCode,
  options: AmountWordsOptions = {},
): Result<string, AmountError> {
  const minor = parseAmount(input);
  if (minor.status === 'error') return minor;
  return ok(minorUnitsToWords(minor.response, currency, options));
}
