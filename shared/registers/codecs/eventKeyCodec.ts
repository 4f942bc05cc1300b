import { ok } from '../../result';
import { isEventKey } from '../../protocol/eventKey';
import { toSheetsText } from '../sheetsText';
import { type CellCodec, invalidCell } from './cellCodec';

/** A scan's idempotency key, `bridgeId:sequence` (see shared/protocol/eventKey.ts). */
export const eventKey: CellCodec<string> = {
  toCell: (value) => toSheetsText(value),
  fromCell: (cell) => (isEventKey(cell) ? ok(cell) : invalidCell('ключ события сканера вида kiosk-1:42', cell)),
};
