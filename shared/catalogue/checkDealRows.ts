import type { DealProductRow, SelectionProblem } from './selectionTypes';

/** Row sanity and the single-currency rule; returns the deal's currency when there is one. */
export function checkDealRows(rows: readonly DealProductRow[], problems: SelectionProblem[]): string | undefined {
  rows.forEach((row, index) => {
    const what = `Позиция ${index + 1} «${productLabel(row)}»`;
    if (!Number.isFinite(row.quantity) || row.quantity <= 0) {
      problems.push({ type: 'invalid_product_row', detail: `${what}: количество должно быть больше нуля (сейчас ${row.quantity}).` });
    }
    if (!Number.isFinite(row.price) || row.price < 0) {
      problems.push({ type: 'invalid_product_row', detail: `${what}: цена не может быть отрицательной (сейчас ${row.price}).` });
    }
    if (row.currency.trim() === '') {
      problems.push({ type: 'invalid_product_row', detail: `${what}: не указана валюта.` });
    }
  });
  const currencies = [...new Set(rows.map((row) => row.currency.trim().toUpperCase()).filter((code) => code !== ''))];
  if (currencies.length > 1) {
    problems.push({
      type: 'mixed_currencies',
      detail: `В сделке смешаны валюты: ${currencies.join(', ')}. Счёт и договор составляются в одной валюте — разделите сделку.`,
    });
  }
  return currencies[0];
}

export function productLabel(row: DealProductRow): string {
  const name = row.name.trim();
  return name === '' ? `товар ${row.productId}` : name;
}
