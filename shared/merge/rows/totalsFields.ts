import {
  contractAmount,
  CURRENCIES,
  formatMinorUnits,
  MAX_AMOUNT_MINOR,
  minorUnitsToWords,
  vatIncludedIn,
  vatLine,
  type CurrencyCode,
  type VatRate,
} from '../../format';
import type { Result } from '../../result';
import type { DocumentPlaceholderKey } from '../placeholders';
import type { PricedRow } from './rowFields';

type TotalsKey = Extract<DocumentPlaceholderKey, `totals.${string}`>;
export type TotalsFields = { readonly [K in TotalsKey]: string };

/**
 * The totals of the rows, all money in integer kopecks.
 *
 * VAT: the rows' prices include it, so it is extracted from the sum of each rate's rows —
 * what the invoice form's "В том числе НДС" line shows (one figure per rate, not a sum of
 * per-row roundings). Several rates give "в т.ч. НДС 22% — …; в т.ч. НДС 10% — …". When no row
 * bears VAT the line is "НДС не облагается" with the company's legal ground, if set.
 * Rows without VAT next to taxed ones add nothing to the line.
 */
export function totalsFields(
  rows: readonly PricedRow[],
  currency: CurrencyCode,
  vatExemptReason: string | undefined,
): { fields?: TotalsFields; problems: string[] } {
  const total = rows.reduce((sum, row) => sum + row.amount, 0);
  if (total > MAX_AMOUNT_MINOR) return { problems: ['Сумма документа больше 999 999 999 999,99: проверьте товары в сделке'] };
  const byRate = new Map<VatRate, number>();
  for (const row of rows) {
    if (row.vatRate !== undefined) byRate.set(row.vatRate, (byRate.get(row.vatRate) ?? 0) + row.amount);
  }
  const rates = [...byRate.keys()].sort((a, b) => b - a);
  const vat = rates.reduce<number>((sum, rate) => sum + vatIncludedIn(byRate.get(rate) ?? 0, rate), 0);
  const vatText =
    rates.length === 0
      ? textOf(vatLine({ mode: 'exempt', ...(vatExemptReason === undefined ? {} : { reason: vatExemptReason }) }))
      : rates.map((rate) => textOf(vatLine({ mode: 'included', rate, total: { minor: byRate.get(rate) ?? 0 }, currency }))).join('; ');
  const full = contractAmount({ minor: total }, currency);
  return {
    fields: {
      'totals.amount': formatMinorUnits(total),
      'totals.amountWords': minorUnitsToWords(total, currency, { capitalize: true }),
      'totals.amountFull': textOf(full),
      'totals.currency': CURRENCIES[currency].abbreviation,
      'totals.currencyCode': currency,
      'totals.net': formatMinorUnits(total - vat),
      'totals.vat': rates.length === 0 ? 'без НДС' : formatMinorUnits(vat),
      'totals.vatLine': vatText,
      'totals.rowCount': String(rows.length),
    },
    problems: [],
  };
}

/** The formatters cannot fail on amounts already validated as minor units; '' keeps the type honest. */
function textOf(result: Result<string, string>): string {
  return result.status === 'success' ? result.response : '';
}
