import { ok } from '../../result';
import { toSheetsText } from '../sheetsText';
import { type CellCodec, invalidCell } from './cellCodec';

/**
 * A Bitrix24 record ID (deal, company, user). The REST API returns IDs as decimal strings
 * ("ID": "410" in crm.deal.get), so the row keeps a string; the cell is text so Sheets neither
 * reformats it nor sorts it as a number. A cell someone retyped as a number is accepted.
 */
export const bitrixId: CellCodec<string> = {
  toCell: (value) => toSheetsText(value),
  fromCell: (cell) => {
    if (typeof cell === 'string' && BITRIX_ID.test(cell)) return ok(cell);
    if (typeof cell === 'number' && Number.isSafeInteger(cell) && cell > 0) return ok(String(cell));
    return invalidCell('идентификатор Bitrix24 (целое число больше нуля)', cell);
  },
};

const BITRIX_ID = /^[1-9]\d{0,15}$/;
