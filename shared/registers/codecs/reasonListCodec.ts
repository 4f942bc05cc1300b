import { ok } from '../../result';
import { toSheetsText } from '../sheetsText';
import { type CellCodec, invalidCell, isEmptyCell } from './cellCodec';

/**
 * A short list of Russian sentences in one cell, one per line (what management reads in the
 * sheet). Each sentence is kept on its own line: a line break inside one becomes a space when
 * written, so reading the cell back gives the same list. Written with the Sheets text marker
 * like every free-text column (../sheetsText.ts): the sentences quote CRM section names.
 *
 * An empty cell reads as `undefined` — "not recorded": rows written before the column existed
 * have none, and an empty list is written as an empty cell. Blank lines typed by hand are skipped.
 */
export const reasonList: CellCodec<readonly string[] | undefined> = {
  toCell: (value) => (value === undefined ? '' : toSheetsText(value.map(oneLine).filter((line) => line !== '').join('\n'))),
  fromCell: (cell) => {
    if (isEmptyCell(cell)) return ok(undefined);
    if (typeof cell === 'number' && Number.isFinite(cell)) return ok([String(cell)]);
    if (typeof cell !== 'string') return invalidCell('текст, по одной причине в строке', cell);
    const lines = cell.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
    return ok(lines.length === 0 ? undefined : lines);
  },
};

function oneLine(sentence: string): string {
  return sentence.replace(/\s*(?:\r\n|\r|\n)\s*/g, ' ').trim();
}
