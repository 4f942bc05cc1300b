import { ok, type Result } from '../../result';
import { NBSP } from '../text/spaces';
import { CURRENCIES, type CurrencyCode } from './currency';
import { minorUnitsToWords, type AmountWordsOptions } from './amountInWords';
import { formatMinorUnits, type AmountFormatOptions } from './formatAmount';
import { parseAmount, type AmountError, type AmountInput } from './parseAmount';

export type ContractAmountOptions = AmountFormatOptions & AmountWordsOptions;

/**
 * The amount as a contract states it: digits, the currency abbreviation, then the words in
 * brackets with a capital first letter — "12 345,67 руб. (Двенадцать тысяч триста сорок
 * пять рублей 67 копеек)". Pass `capitalize: false` for a lower-case first word.
 */
export function contractAmount(
  input: AmountInput,
  currency: CurrencyCode,
  options: ContractAmountOptions = {},
): Result<string, AmountError> {
  const minor = parseAmount(input);
  if (minor.status === 'error') return minor;
  const digits = formatMinorUnits(minor.response, options);
  const words = minorUnitsToWords(minor.response, currency, { ...options, capitalize: options.capitalize ?? true });
  return ok(`${digits}${NBSP}${CURRENCIES[currency].abbreviation} (${words})`);
}
