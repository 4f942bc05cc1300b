import type { BitrixProductRow } from '../../shared/bitrix';
import type { DealProductRow } from '../../shared/catalogue';
import type { DealBundle } from '../bitrix24/dealBundle';

export interface DealRows {
  /** What template selection reads: each row with its product's section path. */
  readonly rows: readonly DealProductRow[];
  /** Back from a selection row to the Bitrix24 row the documents print. */
  readonly source: ReadonlyMap<DealProductRow, BitrixProductRow>;
}

/**
 * The deal's product rows for the catalogue. The currency is the deal's (product rows have
 * none of their own); a row whose product is unknown to the catalogue (a free-text row, a
 * deleted product) gets an empty section, which selection reports as a product no template covers.
 */
export function dealProductRows(bundle: DealBundle): DealRows {
  const source = new Map<DealProductRow, BitrixProductRow>();
  const currency = String(bundle.deal.CURRENCY_ID ?? '');
  const rows = bundle.rows.map((row) => {
    const selectionRow: DealProductRow = {
      productId: String(row.PRODUCT_ID ?? ''),
      name: String(row.PRODUCT_NAME ?? ''),
      sectionName: bundle.productSections.get(String(row.PRODUCT_ID ?? '')) ?? '',
      quantity: Number(row.QUANTITY),
      price: Number(row.PRICE),
      currency,
    };
    source.set(selectionRow, row);
    return selectionRow;
  });
  return { rows, source };
}
