import { parseRegistryNumber, toBarcodePayload } from '../../shared/numbers';
import type { IndexEntry } from '../../shared/protocol';

export interface BenchDocument {
  readonly entry: IndexEntry;
  /** What the scanner reads off the document. */
  readonly payload: string;
}

const CITIES = [
  { city: 'г. Москва', zip: '101000' },
  { city: 'г. Тула', zip: '300041' },
  { city: 'г. Казань', zip: '420111' },
  { city: 'г. Новосибирск', zip: '630099' },
];

/**
 * `count` approved contracts numbered from `first`, ready for mailing. Consecutive groups of
 * `perAddressee` documents go to the same client (one envelope, one label per group); the next
 * group is another client, so its first scan closes the envelope and prints a new label.
 */
export function benchDocuments(first: number, count: number, perAddressee: number): BenchDocument[] {
  return Array.from({ length: count }, (_, index) => {
    const documentNumber = `C-2026-${String(first + index).padStart(5, '0')}`;
    const identity = parseRegistryNumber(documentNumber);
    if (identity.status === 'error') throw new Error(`not a registry number: ${documentNumber}`);
    const client = Math.floor(index / perAddressee);
    const place = CITIES[client % CITIES.length] ?? CITIES[0];
    const clientName = `ООО «Клиент ${client + 1}»`;
    return {
      payload: toBarcodePayload(identity.response),
      entry: {
        documentNumber,
        kind: identity.response.kind,
        clientName,
        postalAddressLines: [clientName, `ул. Садовая, д.\u00a0${(client % 90) + 1}, оф.\u00a0${(client % 9) + 1}`, place?.city ?? '', place?.zip ?? ''],
        dealId: String(5000 + client),
        status: 'approved',
      },
    };
  });
}
