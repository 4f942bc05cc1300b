import type { DocumentRow } from '../../shared/registers';
import { fail, ok, type Result } from '../../shared/result';
import type { CardPorts, CardRegisters } from './cardPorts';
import type { CardError } from './cardTypes';
import { findCardDocument } from './findCardDocument';
import { readCardRef } from './readCardRef';

export interface Located {
  readonly row: DocumentRow;
  readonly registers: CardRegisters;
}

/** The first steps of every card call: who is asking, what they sent, and which Documents row it names. */
export function locateDocument(ports: CardPorts, ref: unknown): Result<Located, CardError> {
  const number = readCardRef(ref);
  if (number.status === 'error') return number;
  if (ports.viewer === '') {
    return fail('unknown_user', 'Не удалось определить, кто вы: войдите в рабочий аккаунт Google и откройте панель снова.');
  }
  const registers = ports.registers();
  if (registers.status === 'error') return registers;
  const row = findCardDocument(registers.response, ports.context, number.response);
  if (row.status === 'error') return row;
  return ok({ row: row.response, registers: registers.response });
}
