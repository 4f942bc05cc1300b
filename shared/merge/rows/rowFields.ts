import type { BitrixProductRow } from '../../bitrix';
import {
  collapseSpaces,
  formatMinorUnits,
  MAX_AMOUNT_MINOR,
  parseAmount,
  parseVatRate,
  vatIncludedIn,
  type VatRate,
} from '../../format';
import type { RowPlaceholderKey } from '../placeholders';

/** The values of one product row, keyed by the row placeholders. */
export type RowFields = { readonly [K in RowPlaceholderKey]: string };

/** A row with its money in minor units, for the totals. */
export interface PricedRow {
  readonly amount: number;
  /** undefined: not subject to VAT (Bitrix24 TAX_RATE null). */
  readonly vatRate: VatRate | undefined;
}

/** Quantities are kept to thousandths (0,125 ч); finer ones are typing mistakes, not intent. */
const QUANTITY_SCALE = 1000;

/**
 * Integer rounding half up of numerator / denominator, exact while numerator stays a safe
 * integer (the caller checks).
 */
function divideRoundingHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** "1", "1,5", "0,125": Russian decimal comma, no trailing zeros. */
function formatQuantity(thousandths: number): string {
  const whole = Math.floor(thousandths / QUANTITY_SCALE);
  const fraction = String(thousandths % QUANTITY_SCALE).padStart(3, '0').replace(/0+$/, '');
  return fraction === '' ? String(whole) : `${whole},${fraction}`;
}

/**
 * One document row from a Bitrix24 product row. The amount is PRICE × QUANTITY: PRICE is the
 * final unit price with discounts and taxes applied (b24restdocs crm-deal-productrows-get.md,
 * "Product Row Type"), so the amounts and the total include VAT and the VAT is extracted from
 * them. Problems name the row by its number and product so the manager finds it.
 */
export function readProductRow(
  source: BitrixProductRow,
  index: number,
): { fields?: RowFields; priced?: PricedRow; problems: string[] } {
  const n = String(index + 1);
  const name = collapseSpaces(String(source.PRODUCT_NAME ?? ''));
  const where = `Товар в строке ${n}${name === '' ? '' : ` «${name}»`}`;
  const problems: string[] = [];
  if (name === '') problems.push(`${where}: нет наименования`);
  const quantity = Number(source.QUANTITY);
  const thousandths = Math.round(quantity * QUANTITY_SCALE);
  if (!Number.isFinite(quantity) || quantity <= 0) {
    problems.push(`${where}: количество должно быть больше нуля`);
  } else if (Math.abs(quantity * QUANTITY_SCALE - thousandths) > 1e-6) {
    problems.push(`${where}: количество указано точнее тысячных`);
  }
  const price = parseAmount(source.PRICE);
  if (price.status === 'error') problems.push(`${where}: цена — ${price.detail.replace(/\.$/, '')}`);
  const unit = collapseSpaces(String(source.MEASURE_NAME ?? ''));
  if (unit === '') problems.push(`${where}: не указана единица измерения`);
  const rate = source.TAX_RATE === null || source.TAX_RATE === undefined ? undefined : parseVatRate(source.TAX_RATE);
  if (rate?.status === 'error') problems.push(`${where}: ${rate.detail.replace(/\.$/, '')}`);
  if (problems.length > 0 || price.status === 'error' || rate?.status === 'error') return { problems };

  const amount = price.response * thousandths;
  const rowAmount = Number.isSafeInteger(amount) ? divideRoundingHalfUp(amount, QUANTITY_SCALE) : Infinity;
  if (rowAmount > MAX_AMOUNT_MINOR) return { problems: [`${where}: сумма строки больше 999 999 999 999,99`] };
  const vatRate = rate?.response;
  return {
    fields: {
      'row.n': n,
      'row.name': name,
      'row.quantity': formatQuantity(thousandths),
      'row.unit': unit,
      'row.price': formatMinorUnits(price.response),
      'row.amount': formatMinorUnits(rowAmount),
      'row.vatRate': vatRate === undefined ? 'без НДС' : `${vatRate}%`,
      'row.vat': vatRate === undefined ? 'без НДС' : formatMinorUnits(vatIncludedIn(rowAmount, vatRate)),
    },
    priced: { amount: rowAmount, vatRate },
    problems: [],
  };
}
