import { formatRegistryNumber, parseRegistryNumber, toBarcodePayload } from '../../../../shared/numbers';
import { PROTOCOL_VERSION, type ScanEvent, type ScanEventBatch, type ScanMode } from '../../../../shared/protocol';
import type { DocumentRow } from '../../../../shared/registers';
import { MANAGER } from './registersStack';

/** A Documents row as generation would have written it, in the status a test needs. */
export function paper(number: string, overrides: Partial<DocumentRow> = {}): DocumentRow {
  const identity = parseRegistryNumber(number);
  if (identity.status === 'error') throw new Error(identity.detail);
  const at = new Date().toISOString();
  return {
    registryNumber: formatRegistryNumber(identity.response),
    barcodePayload: toBarcodePayload(identity.response),
    kind: identity.response.kind,
    parentContractNumber: 'parent' in identity.response ? formatRegistryNumber(identity.response.parent) : null,
    dealId: '10',
    clientId: '2',
    clientName: 'ООО «СеверСтрой»',
    manager: MANAGER,
    template: { key: 'b24_contract', version: 1 },
    status: 'printed',
    statusSince: at,
    driveFileId: null,
    docUrl: null,
    pdfUrl: null,
    createdAt: at,
    updatedAt: at,
    annulledReason: null,
    replacementNumber: null,
    ...overrides,
  };
}

export function payloadOf(number: string): string {
  const identity = parseRegistryNumber(number);
  if (identity.status === 'error') throw new Error(identity.detail);
  return toBarcodePayload(identity.response);
}

let sequence = 0;

export function scan(payload: string, mode: ScanMode, extra: Partial<ScanEvent> = {}): ScanEvent {
  sequence += 1;
  return { sequence, eventKey: `kiosk-1:${sequence}`, payload, mode, desk: 'Ресепшн', operator: 'Смирнова Е. И.', scannedAt: new Date().toISOString(), ...extra };
}

export function batch(...events: ScanEvent[]): ScanEventBatch {
  return { type: 'scan_event_batch', version: PROTOCOL_VERSION, bridgeId: 'kiosk-1', events };
}
