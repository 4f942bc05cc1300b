import { ok } from '../../result';
import { toSheetsText } from '../sheetsText';
import { type CellCodec, invalidCell, isEmptyCell } from './cellCodec';

/**
 * Free text (names, addresses, comments, anything that came from the CRM or a person): written
 * with the Sheets text marker (see ../sheetsText.ts), read back exactly. A number in the cell is
 * accepted as its decimal text — someone may have typed "12" into the sheet by hand.
 */
export const text: CellCodec<string> = {
  toCell: (value) => toSheetsText(value),
  fromCell: (cell) => {
    if (isEmptyCell(cell)) return invalidCell('непустой текст', cell);
    if (typeof cell === 'string') return ok(cell);
    if (typeof cell === 'number' && Number.isFinite(cell)) return ok(String(cell));
    return invalidCell('текст', cell);
  },
};
