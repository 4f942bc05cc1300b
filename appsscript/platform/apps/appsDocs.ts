import type { DocsDocument, DocsRequest } from '../../docs/docsTypes';
import type { DocsPort } from '../docsPort';
import { docsService } from './advancedServices';

/** DocsPort over the Docs API v1 advanced service. */
export const appsDocs: DocsPort = {
  get(documentId) {
    // The advanced service's schema types are structurally wider than the subset Docflow reads.
    return docsService().Documents.get(documentId) as unknown as DocsDocument;
  },
  batchUpdate(documentId, requests: readonly DocsRequest[]) {
    if (requests.length === 0) return;
    docsService().Documents.batchUpdate({ requests: requests as unknown as GoogleAppsScript.Docs.Schema.Request[] }, documentId);
  },
};
