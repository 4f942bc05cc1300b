import { formatDocumentTitle, parseRegistryNumber } from '../../shared/numbers';
import type { DocumentRow } from '../../shared/registers';
import type { GeneratedDocument } from './generationTypes';

/** A document generated earlier, as an outcome lists it (from its Documents row). */
export function registeredDocument(row: DocumentRow): GeneratedDocument {
  const identity = parseRegistryNumber(row.registryNumber);
  return {
    registryNumber: row.registryNumber,
    title: identity.status === 'success' ? formatDocumentTitle(identity.response) : row.registryNumber,
    kind: row.kind,
    barcodePayload: row.barcodePayload,
    documentId: row.driveFileId ?? '',
    url: row.docUrl ?? '',
    template: row.template,
    parentContractNumber: row.parentContractNumber,
    reasons: row.templateReasons ?? [],
  };
}
