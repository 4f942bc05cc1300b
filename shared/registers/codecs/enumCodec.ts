import { ok } from '../../result';
import { type CellCodec, invalidCell } from './cellCodec';

/**
 * A closed list of codes shown in the sheet by their Russian titles (what management reads).
 * Reading accepts the title or the code itself, so a hand-edited cell with either works.
 * Titles are our own constants, not CRM data, and none starts with a formula trigger, so they
 * are written without the text marker.
 */
export function labelledEnum<C extends string>(titles: { readonly [K in C]: string }): CellCodec<C> {
  const codes = Object.keys(titles) as C[];
  const byText = new Map<string, C>();
  for (const code of codes) {
    byText.set(code, code);
    byText.set(titles[code], code);
  }
  const expected = `одно из значений: ${codes.map((code) => `«${titles[code]}»`).join(', ')}`;
  return {
    toCell: (value) => titles[value],
    fromCell: (cell) => {
      const code = typeof cell === 'string' ? byText.get(cell.trim()) : undefined;
      return code === undefined ? invalidCell(expected, cell) : ok(code);
    },
  };
}
