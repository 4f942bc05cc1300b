import { fail, ok, type Result } from '../../result';

/**
 * VAT rates the documents may state, in percent.
 * Russia (Tax Code art. 164): 0, 10 and the base rate — 20 %, raised to 22 % from
 * 1 January 2026 — plus 5 and 7, the rates a simplified-system (УСН) company may choose
 * from 2025 (art. 164 p. 8). Belarus (Tax Code of the Republic of Belarus art. 122): 20 base,
 * 10 and 0 — all in this list; its 25 % telecom rate is not, as no document here needs it.
 */
export const VAT_RATES = [0, 5, 7, 10, 20, 22] as const;
export type VatRate = (typeof VAT_RATES)[number];

export type VatRateError = 'vat_rate_invalid';

function isVatRate(value: number): value is VatRate {
  return (VAT_RATES as readonly number[]).includes(value);
}

/** Reads a rate given as 20, "20" or "20 %" (as a Settings sheet cell may hold it). */
export function parseVatRate(input: number | string): Result<VatRate, VatRateError> {
  const text = typeof input === 'number' ? '' : input.replace(/\s+/g, '').replace(/%$/, '');
  const value = typeof input === 'number' ? input : /^\d{1,2}$/.test(text) ? Number(text) : NaN;
  if (isVatRate(value)) return ok(value);
  return fail(
    'vat_rate_invalid',
    `Ставка НДС «${String(input).trim()}» не поддерживается: допустимы ${VAT_RATES.join(', ')} %.`,
  );
}
