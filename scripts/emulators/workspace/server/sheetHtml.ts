import { cellAt, displayOf, lastColumn, lastRow, type SheetModel } from '../sheets/model';
import { columnLetters } from '../sheets/a1';
import { escapeHtml } from './http';

/** A sheet as an HTML table of its displayed values, with row numbers and column letters. */
export function sheetHtml(title: string, sheet: SheetModel): string {
  const rows = lastRow(sheet);
  const columns = lastColumn(sheet);
  const head = ['<th></th>', ...Array.from({ length: columns }, (_, i) => `<th>${columnLetters(i + 1)}</th>`)].join('');
  const body: string[] = [];
  for (let r = 1; r <= rows; r += 1) {
    const cells: string[] = [`<th>${r}</th>`];
    for (let c = 1; c <= columns; c += 1) {
      const cell = cellAt(sheet, r, c);
      const formula = cell?.f === undefined ? '' : ` title="${escapeHtml(cell.f)}" data-formula="${escapeHtml(cell.f)}"`;
      const frozen = r <= sheet.frozenRows ? ' class="frozen"' : '';
      cells.push(`<td${formula}${frozen}>${escapeHtml(displayOf(cell))}</td>`);
    }
    body.push(`<tr>${cells.join('')}</tr>`);
  }
  return `<!DOCTYPE html>
<html lang="ru"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;font-size:13px}th{background:#f3f3f3}td.frozen{font-weight:bold;background:#fafafa}</style>
</head><body><h1>${escapeHtml(title)}</h1><table><thead><tr>${head}</tr></thead><tbody>${body.join('\n')}</tbody></table></body></html>`;
}
