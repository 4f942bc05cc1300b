import type { DocumentRow } from '../../shared/registers';
import type { GeneratedDocument } from './generationTypes';

export interface RegisterContext {
  readonly dealId: string;
  readonly clientId: string | null;
  readonly clientName: string;
  readonly manager: string;
  /** ISO 8601, the moment of generation. */
  readonly at: string;
}

/** The Documents register row of a freshly generated draft, with why its template was chosen (the card reads them). */
export function draftRow(document: GeneratedDocument, context: RegisterContext): DocumentRow {
  return {
    registryNumber: document.registryNumber,
    barcodePayload: document.barcodePayload,
    kind: document.kind,
    parentContractNumber: document.parentContractNumber,
    dealId: context.dealId,
    clientId: context.clientId,
    clientName: context.clientName,
    manager: context.manager,
    template: document.template,
    status: 'draft',
    statusSince: context.at,
    driveFileId: document.documentId,
    docUrl: document.url,
    pdfUrl: null,
    createdAt: context.at,
    updatedAt: context.at,
    annulledReason: null,
    replacementNumber: null,
    templateReasons: document.reasons,
  };
}
