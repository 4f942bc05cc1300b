import { ok } from '../../result';
import { formatRegistryNumber, parseRegistryNumber } from '../../numbers/registryNumber';
import { toSheetsText } from '../sheetsText';
import { type CellCodec, invalidCell } from './cellCodec';

/**
 * A Docflow registry number (C-2026-00042, C-2026-00042.S002). Read through the numbering
 * module's parser, so a hand-typed " c-2026-00042 " comes back in the canonical form the rest of
 * the system joins on; a number written by Docflow is already canonical and returns unchanged.
 */
export const registryNumber: CellCodec<string> = {
  toCell: (value) => toSheetsText(value),
  fromCell: (cell) => {
    if (typeof cell !== 'string') return invalidCell('регистрационный номер Docflow', cell);
    const parsed = parseRegistryNumber(cell);
    if (parsed.status === 'error') return invalidCell(`регистрационный номер Docflow (${parsed.detail})`, cell);
    return ok(formatRegistryNumber(parsed.response));
  },
};
