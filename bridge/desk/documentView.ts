import { DOCUMENT_KIND_INFO } from '../../shared/kinds/documentKinds';
import { LIFECYCLE_STATUS_TITLES } from '../../shared/lifecycle/statuses';
import { formatDocumentTitle, parseRegistryNumber } from '../../shared/numbers';
import type { IndexEntry } from '../../shared/protocol';
import { addressBelowAddressee } from './addressLines';

/** A document as the kiosk shows it after a scan. */
export interface DocumentView {
  readonly documentNumber: string;
  /** "Договор № 2026-00042". */
  readonly title: string;
  readonly kindTitle: string;
  readonly clientName: string;
  /** The address below the addressee's name. */
  readonly addressLines: readonly string[];
  readonly dealId: string;
  readonly statusTitle: string;
}

export function documentView(entry: IndexEntry): DocumentView {
  return {
    documentNumber: entry.documentNumber,
    title: documentTitle(entry.documentNumber),
    kindTitle: DOCUMENT_KIND_INFO[entry.kind].title,
    clientName: entry.clientName,
    addressLines: addressBelowAddressee(entry.clientName, entry.postalAddressLines),
    dealId: entry.dealId,
    statusTitle: LIFECYCLE_STATUS_TITLES[entry.status],
  };
}

/** The registry title of a number, or the number itself if it does not parse (it always should). */
export function documentTitle(documentNumber: string): string {
  const identity = parseRegistryNumber(documentNumber);
  return identity.status === 'success' ? formatDocumentTitle(identity.response) : documentNumber;
}
