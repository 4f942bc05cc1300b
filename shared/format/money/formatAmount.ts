import { ok, type Result } from '../../result';
import { NBSP } from '../text/spaces';
import { parseAmount, type AmountError, type AmountInput } from './parseAmount';

export type AmountFormatOptions = {
  /**
   * Between groups of three digits. Default U+00A0 NO-BREAK SPACE (see text/spaces.ts for
   * why); pass NARROW_NBSP (U+202F) for the typographic thin space, or ' ' for plain text.
   */
  readonly groupSeparator?: string;
};

/** "1 234 567,89" from validated minor units (the caller got them from parseAmount). */
export function formatMinorUnits(minor: number, options: AmountFormatOptions = {}): string {
  const separator = options.groupSeparator ?? NBSP;
  const whole = String(Math.floor(minor / 100));
  const kopecks = String(minor % 100).padStart(2, '0');
  // Insert the separator before every group of three digits counted from the right.
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  return `${grouped},${kopecks}`;
}

/**
 * Formats an amount as Russian contracts print it: digit groups of three separated by a
 * no-break space, a comma before the two kopeck digits, always two kopeck digits
 * ("1 234 567,89", "100,00", "0,05").
 */
export function formatAmount(input: AmountInput, options: AmountFormatOptions = {}): Result<string, AmountError> {
  const minor = parseAmount(input);
  if (minor.status === 'error') return minor;
  return ok(formatMinorUnits(minor.response, options));
}
