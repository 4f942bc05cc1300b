import { DOCUMENT_KIND_INFO } from '../../shared/kinds/documentKinds';
import { LIFECYCLE_STATUS_TITLES } from '../../shared/lifecycle';
import { formatDocumentTitle, parseRegistryNumber } from '../../shared/numbers';
import type { DocumentRow } from '../../shared/registers';
import type { CardDocumentSummary } from './cardTypes';

/** One line of a card's lists: the document's own title (no client name), kind and status. */
export function documentSummary(row: DocumentRow): CardDocumentSummary {
  const identity = parseRegistryNumber(row.registryNumber);
  return {
    number: row.registryNumber,
    title: identity.status === 'success' ? formatDocumentTitle(identity.response) : row.registryNumber,
    kindTitle: DOCUMENT_KIND_INFO[row.kind].title,
    status: row.status,
    statusTitle: LIFECYCLE_STATUS_TITLES[row.status],
    docUrl: row.docUrl,
  };
}
