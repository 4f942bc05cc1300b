import { fail, ok, type Result } from '../../result';
import { MAX_AMOUNT_MINOR, parseAmount, type AmountError, type AmountInput } from '../money/parseAmount';
import { parseVatRate, type VatRate, type VatRateError } from './vatRate';

/** Net, VAT and total, all in minor units (kopecks). */
export type VatBreakdown = {
  readonly rate: VatRate;
  readonly net: number;
  readonly vat: number;
  readonly total: number;
};

export type VatBreakdownInput =
  /** The price already includes VAT (the usual "в т.ч. НДС"): VAT is extracted from the total. */
  | { readonly mode: 'included'; readonly rate: number | string; readonly total: AmountInput }
  /** VAT is charged on top of the net price. */
  | { readonly mode: 'on_top'; readonly rate: number | string; readonly net: AmountInput };

/**
 * Integer division rounded half up (to the nearest kopeck, half a kopeck up), exact for
 * non-negative safe integers. Every intermediate stays below 2^53 ≈ 9.007 × 10^15: amounts
 * are at most 10^14 kopecks and rates at most 22, so 2 × 10^14 × 22 = 4.4 × 10^15.
 */
function divideRoundingHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** VAT contained in a total that includes it: total × rate / (100 + rate), to the kopeck. */
export function vatIncludedIn(totalMinor: number, rate: VatRate): number {
  return divideRoundingHalfUp(totalMinor * rate, 100 + rate);
}

/** VAT charged on a net amount: net × rate / 100, to the kopeck. */
export function vatOnTopOf(netMinor: number, rate: VatRate): number {
  return divideRoundingHalfUp(netMinor * rate, 100);
}

/** Splits an amount into net, VAT and total according to the mode. */
export function vatBreakdown(input: VatBreakdownInput): Result<VatBreakdown, AmountError | VatRateError> {
  const rate = parseVatRate(input.rate);
  if (rate.status === 'error') return rate;
  if (input.mode === 'included') {
    const total = parseAmount(input.total);
    if (total.status === 'error') return total;
    const vat = vatIncludedIn(total.response, rate.response);
    return ok({ rate: rate.response, net: total.response - vat, vat, total: total.response });
  }
  const net = parseAmount(input.net);
  if (net.status === 'error') return net;
  const vat = vatOnTopOf(net.response, rate.response);
  const total = net.response + vat;
  if (total > MAX_AMOUNT_MINOR) {
    return fail('amount_too_large', 'Сумма с НДС больше 999 999 999 999,99: проверьте сумму в сделке.');
  }
  return ok({ rate: rate.response, net: net.response, vat, total });
}
