import { ok } from '../../result';
import { type CellCodec, invalidCell } from './cellCodec';

/** A whole number in [min, max], stored as a number (numbers cannot be formulas). */
export function integer(min: number, max: number): CellCodec<number> {
  const expected = `целое число от ${min} до ${max}`;
  return {
    toCell: (value) => value,
    fromCell: (cell) => {
      const value = typeof cell === 'number' ? cell : typeof cell === 'string' && /^-?\d{1,15}$/.test(cell.trim()) ? Number(cell.trim()) : NaN;
      return Number.isSafeInteger(value) && value >= min && value <= max ? ok(value) : invalidCell(expected, cell);
    },
  };
}
