import type { ScanEvent } from '../../shared/protocol';
import type { CorrespondenceRow } from '../../shared/registers';
import type { DocumentEntry } from '../registerIndex/documentsTable';
import type { RegistersDeps } from '../registerIndex/registersDeps';
import { postalAddresses } from './addressBook';

/**
 * The Correspondence rows of the accepted scans. An outgoing one carries the client's postal
 * address as the label prints it (addressBook.ts: cached, else one Bitrix24 batch for all the
 * clients of the batch); null when unknown.
 */
export function correspondenceRows(scans: readonly { event: ScanEvent; entry: DocumentEntry }[], at: string, deps: RegistersDeps): CorrespondenceRow[] {
  const outgoingClients = scans.filter((scan) => scan.event.mode === 'outgoing').map((scan) => scan.entry.row.clientId ?? '');
  const addresses = postalAddresses(outgoingClients, deps.cache, deps.bitrix, deps.log);
  return scans.map(({ event, entry }) => {
    const lines = event.mode === 'outgoing' ? addresses.get(entry.row.clientId ?? '') : undefined;
    return {
      eventKey: event.eventKey,
      registeredAt: at,
      scannedAt: event.scannedAt,
      direction: event.mode,
      documentNumber: entry.row.registryNumber,
      kind: entry.row.kind,
      dealId: entry.row.dealId,
      clientName: entry.row.clientName,
      address: lines === undefined || lines.length === 0 ? null : lines.join('\n'),
      envelopeId: nonEmpty(event.envelopeNumber) ?? nonEmpty(event.envelopeId),
      // The protocol's scan event carries no inventory list number (the bridge prints form 107
      // without a registry number); the column stays empty until it does.
      inventoryListNumber: null,
      desk: nonEmpty(event.desk) ?? '—',
      operator: nonEmpty(event.operator) ?? '—',
    };
  });
}

function nonEmpty(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
