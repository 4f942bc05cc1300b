import { fail, type Failure, ok, type Result } from '../../result';
import { type CellValue, describeCell } from '../cell';

export type CellError = 'invalid_cell';

/**
 * How one register column turns a typed value into a cell and back. `fromCell` takes what
 * Range.getValues returns (see ../cell.ts) and says in Russian what it expected; the register
 * schema adds which column and row the problem is in.
 */
export interface CellCodec<T> {
  toCell(value: T): CellValue;
  fromCell(cell: unknown): Result<T, CellError>;
}

/** Empty as Range.getValues reports it ('') or as a caller may pass it (null, undefined). */
export function isEmptyCell(cell: unknown): boolean {
  return cell === '' || cell === null || cell === undefined;
}

export function invalidCell(expected: string, cell: unknown): Failure<CellError> {
  return fail('invalid_cell', `ожидалось ${expected}, в ячейке ${describeCell(cell)}`);
}

/** A column that may be empty: null ⇄ empty cell, otherwise the inner codec. */
export function optional<T>(inner: CellCodec<T>): CellCodec<T | null> {
  return {
    toCell: (value) => (value === null ? '' : inner.toCell(value)),
    fromCell: (cell) => (isEmptyCell(cell) ? ok(null) : inner.fromCell(cell)),
  };
}
