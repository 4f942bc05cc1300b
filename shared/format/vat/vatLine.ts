import { ok, type Result } from '../../result';
import { CURRENCIES, type CurrencyCode } from '../money/currency';
import { formatMinorUnits, type AmountFormatOptions } from '../money/formatAmount';
import type { AmountError } from '../money/parseAmount';
import { collapseSpaces, NBSP } from '../text/spaces';
import { vatBreakdown, type VatBreakdownInput } from './vatBreakdown';
import type { VatRateError } from './vatRate';

export type VatLineInput =
  | (VatBreakdownInput & { readonly currency: CurrencyCode })
  /**
   * Not subject to VAT; `reason` is the legal ground as the company writes it, e.g.
   * "на основании п. 2 ст. 346.11 НК РФ" or "в связи с применением УСН".
   */
  | { readonly mode: 'exempt'; readonly reason?: string };

/**
 * The VAT line under an amount:
 *  - included: "в т.ч. НДС 20% — 2 000,00 руб." (VAT extracted from the total),
 *  - on top:   "НДС 20% — 2 000,00 руб." (VAT charged on the net amount),
 *  - exempt:   "НДС не облагается" or "НДС не облагается на основании п. 2 ст. 346.11 НК РФ".
 * The space before the dash is no-break, so a line never starts with the dash.
 */
export function vatLine(input: VatLineInput, options: AmountFormatOptions = {}): Result<string, AmountError | VatRateError> {
  if (input.mode === 'exempt') {
    const reason = collapseSpaces(input.reason ?? '');
    return ok(reason === '' ? 'НДС не облагается' : `НДС не облагается ${reason}`);
  }
  const breakdown = vatBreakdown(input);
  if (breakdown.status === 'error') return breakdown;
  const { rate, vat } = breakdown.response;
  const amount = `${formatMinorUnits(vat, options)}${NBSP}${CURRENCIES[input.currency].abbreviation}`;
  const prefix = input.mode === 'included' ? 'в т.ч. ' : '';
  return ok(`${prefix}НДС ${rate}%${NBSP}— ${amount}`);
}
