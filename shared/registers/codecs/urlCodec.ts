import { ok } from '../../result';
import { hasControlCharacter } from '../../text/controlCharacters';
import { toSheetsText } from '../sheetsText';
import { type CellCodec, invalidCell } from './cellCodec';

/** A link (Google Doc, PDF). http is allowed for the local emulator; no spaces or controls. */
export const url: CellCodec<string> = {
  toCell: (value) => toSheetsText(value),
  fromCell: (cell) =>
    typeof cell === 'string' && /^https?:\/\/\S+$/.test(cell) && !hasControlCharacter(cell) ? ok(cell) : invalidCell('ссылка http(s)://…', cell),
};
