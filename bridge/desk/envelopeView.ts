import type { EnvelopeRecord } from '../store/envelopeStore';

/** An envelope as the kiosk shows it. */
export interface EnvelopeView {
  readonly id: string;
  readonly clientName: string;
  readonly addressLines: readonly string[];
  readonly documents: readonly { readonly documentNumber: string; readonly title: string }[];
  readonly openedAt: string;
  readonly labelId: string | null;
  readonly closed: boolean;
}

export function envelopeView(record: EnvelopeRecord): EnvelopeView {
  return {
    id: record.id,
    clientName: record.clientName,
    addressLines: record.addressLines,
    documents: record.documents,
    openedAt: record.openedAt,
    labelId: record.labelId,
    closed: record.closedAt !== null,
  };
}
