/**
 * What Range.getValues returns and Range.setValues accepts for one cell: a string (empty for an
 * empty cell), a number, a boolean or a Date — see
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getValues().
 */
export type CellValue = string | number | boolean | Date;

/** A1-notation column letter for a zero-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  let rest = index + 1;
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** A short, quoted rendering of a bad cell value for an error detail. */
export function describeCell(cell: unknown): string {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'некорректная дата' : `дата ${cell.toISOString()}`;
  if (typeof cell === 'string') return cell.length <= 40 ? `«${cell}»` : `«${cell.slice(0, 37)}…»`;
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if (cell === null || cell === undefined) return 'пусто';
  return 'значение неизвестного типа';
}
