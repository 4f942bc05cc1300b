import { DOCUMENTS_REGISTER, type DocumentRow } from '../../shared/registers';
import { fail, ok, type Result } from '../../shared/result';
import type { RegisterEntry } from '../registers/readRegister';
import type { CardContextPort, CardRegisters } from './cardPorts';
import type { CardError } from './cardTypes';

const OPEN_OR_SELECT =
  'Откройте документ, созданный Docflow, или выделите его строку на листе «Документы» — либо введите номер документа в поле поиска.';

/**
 * The Documents row a card is about: the given registry number; else the Google Doc the sidebar
 * is open in (by its Drive id); else the row selected on the Documents sheet.
 */
export function findCardDocument(registers: CardRegisters, context: CardContextPort, number: string | null): Result<DocumentRow, CardError> {
  const { documents } = registers;
  if (number !== null) {
    const found = documents.find((entry) => entry.row.registryNumber === number);
    return found === undefined ? fail('not_found', `Документ № ${number} не найден в реестре «Документы». Проверьте номер.`) : ok(found.row);
  }
  const documentId = context.activeDocumentId();
  if (documentId !== null) {
    const found = documents.find((entry) => entry.row.driveFileId === documentId);
    return found === undefined
      ? fail('not_found', 'Этот документ не создан Docflow (его нет в реестре «Документы»), поэтому карточки у него нет.')
      : ok(found.row);
  }
  const selected = context.selectedRow();
  if (selected === null) return fail('no_context', OPEN_OR_SELECT);
  if (selected.sheetName !== DOCUMENTS_REGISTER.sheetName) {
    return fail('no_context', `Выделена ячейка на листе «${selected.sheetName}». ${OPEN_OR_SELECT}`);
  }
  const found: RegisterEntry<DocumentRow> | undefined = documents.find((entry) => entry.rowNumber === selected.row);
  return found === undefined
    ? fail('no_context', `В строке ${selected.row} листа «Документы» нет документа. Выделите строку с документом.`)
    : ok(found.row);
}
