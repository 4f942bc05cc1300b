import type { CellValue } from '../../../../shared/registers';

/**
 * A small model of what Range.setValues followed by Range.getValues does to one cell, enough to
 * check that register rows survive the trip. It follows the behaviour cited in
 * shared/registers/sheetsText.ts: a leading apostrophe makes the rest text and is not returned;
 * otherwise a string is read like typed input — '=', '+', '-', '@' start a formula, numbers,
 * dates and booleans are converted (ru_RU-style "1,5" and "01.02.2026" included), leading
 * tab/CR/LF are where CSV-style injection hides.
 */
export type StoredCell =
  | { readonly kind: 'empty' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'formula'; readonly source: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'date'; readonly value: Date };

export function storeCell(value: CellValue): StoredCell {
  if (value instanceof Date) return { kind: 'date', value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value === '') return { kind: 'empty' };
  if (value.startsWith("'")) return { kind: 'text', text: value.slice(1) };
  if (/^[=+\-@\t\r\n]/.test(value)) return { kind: 'formula', source: value };
  if (/^\s*\d+([.,]\d+)?\s*$/.test(value)) return { kind: 'number', value: Number(value.trim().replace(',', '.')) };
  if (/^(true|false)$/i.test(value.trim())) return { kind: 'boolean', value: /^true$/i.test(value.trim()) };
  if (/^\d{1,4}[./-]\d{1,2}([./-]\d{1,4})?([ T]\d{1,2}:\d{2}.*)?$/.test(value)) return { kind: 'date', value: new Date(Date.parse(value) || 0) };
  return { kind: 'text', text: value };
}

/** What Range.getValues returns for a stored cell; a formula would be evaluated — we fail loudly. */
export function readCell(cell: StoredCell): CellValue {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.text;
    case 'formula':
      throw new Error(`a value was stored as a formula: ${JSON.stringify(cell.source)}`);
    case 'number':
    case 'boolean':
    case 'date':
      return cell.value;
  }
}

export function roundTrip(values: readonly CellValue[]): CellValue[] {
  return values.map((value) => readCell(storeCell(value)));
}

export function storedKinds(values: readonly CellValue[]): string[] {
  return values.map((value) => storeCell(value).kind);
}
