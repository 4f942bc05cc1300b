import type { BitrixId, BitrixYesNo } from './scalars';

/**
 * One product row of a deal, as crm.deal.productrows.get returns it.
 * Source: bitrix24/b24restdocs api-reference/crm/deals/crm-deal-productrows-get.md ("Product Row
 * Type" and the response example, where the row ID is a string and prices are JSON numbers).
 */
export interface BitrixProductRow {
  readonly ID: BitrixId;
  /** The deal. */
  readonly OWNER_ID: BitrixId;
  /** "D" for a deal. */
  readonly OWNER_TYPE: string;
  /** Catalogue product; 0 when the row was typed in by hand. */
  readonly PRODUCT_ID: number;
  readonly PRODUCT_NAME: string;
  readonly ORIGINAL_PRODUCT_NAME: string;
  readonly PRODUCT_DESCRIPTION: string | null;
  /** Final price per unit, discounts and taxes applied. */
  readonly PRICE: number;
  /** Per unit with discount, without tax. */
  readonly PRICE_EXCLUSIVE: number;
  /** Per unit without discount and tax. */
  readonly PRICE_NETTO: number;
  /** Per unit without discount, with tax. */
  readonly PRICE_BRUTTO: number;
  readonly QUANTITY: number;
  /** 1 — absolute, 2 — percentage. */
  readonly DISCOUNT_TYPE_ID: 1 | 2;
  readonly DISCOUNT_RATE: number;
  readonly DISCOUNT_SUM: number;
  /** VAT rate in percent; null when no tax applies (e.g. "без НДС"). */
  readonly TAX_RATE: number | null;
  readonly TAX_INCLUDED: BitrixYesNo;
  /** OKEI code of the unit (796 — piece). */
  readonly MEASURE_CODE: number;
  /** The unit's short name ("шт", "pcs"). */
  readonly MEASURE_NAME: string;
  readonly SORT: number;
  /** 1 — simple product, 4 — variation, 7 — service. */
  readonly TYPE: number;
}
