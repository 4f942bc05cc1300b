import { type DocumentStatus, type DocumentStatusRequest, PROTOCOL_VERSION } from '../../shared/protocol';
import { DOCUMENTS_REGISTER } from '../../shared/registers';
import { fail, ok, type Result } from '../../shared/result';
import { DocumentsTable } from '../registerIndex/documentsTable';
import { DOCUMENTS_INDEX } from '../registerIndex/indexSpec';
import { checkRegisterHeader, type RegisterBroken } from '../registerIndex/registerHeader';
import type { RegistersDeps } from '../registerIndex/registersDeps';
import { SheetKeyIndex } from '../registerIndex/sheetKeyIndex';

/**
 * document_status_request → document_status: one number's status in the Documents register, or
 * null when Docflow never registered it. Read-only, so no lock: the register may change a moment
 * later, and the bridge only uses the answer to word a refusal. A row that does not parse is
 * `register_broken`, the same answer a scan of it gets, rather than a guess.
 */
export function answerDocumentStatus(request: DocumentStatusRequest, deps: RegistersDeps): Result<DocumentStatus, RegisterBroken> {
  const header = checkRegisterHeader(deps.sheets, DOCUMENTS_REGISTER);
  if (header.status === 'error') return header;
  const documents = new DocumentsTable(deps.sheets, new SheetKeyIndex(DOCUMENTS_INDEX, deps.sheets, deps.cache, deps.log), deps.log);
  const { found, broken } = documents.byNumbers([request.documentNumber]);
  const detail = broken.get(request.documentNumber);
  if (detail !== undefined) return fail('register_broken', `Строка документа ${request.documentNumber} в реестре повреждена: ${detail}`);
  const entry = found.get(request.documentNumber);
  return ok({ type: 'document_status', version: PROTOCOL_VERSION, documentNumber: request.documentNumber, status: entry?.row.status ?? null });
}
