import { fail, ok, type Result } from '../../result';

/** An amount already held in minor units (kopecks, cents), e.g. a sum computed by the caller. */
export type MinorUnits = { readonly minor: number };

/**
 * An amount as it arrives: a number or a string from Bitrix24 ("12345.67", "12 345,67"),
 * or minor units. Bitrix24 REST returns money fields such as OPPORTUNITY as strings.
 */
export type AmountInput = number | string | MinorUnits;

export type AmountError = 'amount_empty' | 'amount_invalid' | 'amount_negative' | 'amount_too_large' | 'amount_precision';

/** 999 999 999 999,99 in minor units: the largest amount the formatters accept. */
export const MAX_AMOUNT_MINOR = 99_999_999_999_999;

const TOO_LARGE = 'Сумма больше 999 999 999 999,99: проверьте сумму в сделке.';

/**
 * Turns an amount into an integer number of minor units (kopecks), so that all money
 * arithmetic is exact integer arithmetic (0.1 + 0.2 never shows up as 0.30000000000000004).
 *
 * Strings: spaces of any kind are digit-group separators and are dropped; the decimal
 * separator is one comma or one dot; up to two decimals, or more only when the extra digits
 * are zeros ("12.3400") — a string is what someone typed, so "12.345" is refused, not rounded.
 * Numbers: a JS number may carry binary noise, so it is rounded half up to whole kopecks on
 * its shortest decimal form (String(0.1 + 0.2) = "0.30000000000000004" → 30; String(1.005)
 * = "1.005" → 101, what the person who typed 1.005 meant).
 */
export function parseAmount(input: AmountInput | null | undefined): Result<number, AmountError> {
  if (input === null || input === undefined) return fail('amount_empty', 'Сумма не указана.');
  if (typeof input === 'number') return parseNumber(input);
  if (typeof input === 'string') return parseString(input);
  if (typeof input === 'object' && typeof input.minor === 'number') return checkMinor(input.minor);
  return fail('amount_invalid', 'Сумма должна быть числом.');
}

function checkMinor(minor: number): Result<number, AmountError> {
  if (!Number.isSafeInteger(minor)) {
    return fail('amount_invalid', 'Сумма в копейках должна быть целым числом.');
  }
  if (minor < 0) return fail('amount_negative', 'Сумма не может быть отрицательной.');
  if (minor > MAX_AMOUNT_MINOR) return fail('amount_too_large', TOO_LARGE);
  return ok(minor);
}

function parseNumber(value: number): Result<number, AmountError> {
  if (!Number.isFinite(value)) return fail('amount_invalid', 'Сумма не является числом.');
  if (value < 0) return fail('amount_negative', 'Сумма не может быть отрицательной.');
  if (value >= 1e12) return fail('amount_too_large', TOO_LARGE);
  // Below 1e-6 String() switches to exponent notation ("1e-7"); toFixed keeps plain digits.
  const decimal = String(value).includes('e') ? value.toFixed(20) : String(value);
  const [whole = '0', fraction = ''] = decimal.split('.');
  const padded = (fraction + '000').slice(0, 3);
  const roundUp = Number(padded.charAt(2)) >= 5 ? 1 : 0;
  return checkMinor(Number(whole) * 100 + Number(padded.slice(0, 2)) + roundUp);
}

function parseString(text: string): Result<number, AmountError> {
  const compact = text.replace(/\s+/g, '');
  if (compact === '') return fail('amount_empty', 'Сумма не указана.');
  const match = /^(-?)(\d+)(?:[.,](\d+))?$/.exec(compact);
  if (!match) {
    return fail(
      'amount_invalid',
      `«${text.trim()}» не похоже на сумму: ожидаются цифры и не более одного разделителя копеек (запятая или точка), например 12 345,67.`,
    );
  }
  const [, sign = '', whole = '', fraction = ''] = match;
  if (fraction.length > 2 && !/^0+$/.test(fraction.slice(2))) {
    return fail('amount_precision', `В сумме «${text.trim()}» больше двух знаков после запятой: укажите сумму с точностью до копеек.`);
  }
  const significantWhole = whole.replace(/^0+(?=\d)/, '');
  if (significantWhole.length > 12) return fail('amount_too_large', TOO_LARGE);
  const minor = Number(significantWhole) * 100 + Number((fraction + '00').slice(0, 2));
  if (sign === '-' && minor > 0) return fail('amount_negative', 'Сумма не может быть отрицательной.');
  return checkMinor(minor);
}
