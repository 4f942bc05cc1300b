import type { DocsDocument, DocsRequest } from '../docs/docsTypes';

/** The Docs API advanced service: one call each, however large the document or the batch. */
export interface DocsPort {
  get(documentId: string): DocsDocument;
  batchUpdate(documentId: string, requests: readonly DocsRequest[]): void;
}
