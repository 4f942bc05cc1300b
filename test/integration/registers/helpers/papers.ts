import { PROTOCOL_VERSION, type ScanEvent, type ScanEventBatch, type ScanMode } from '../../../../shared/protocol';
import type { DocumentRow } from '../../../../shared/registers';
import { documentRow } from '../../../unit/appsscript-registers/helpers/fixtures';
import { MANAGER } from './registersStack';

export { payloadOf } from '../../../unit/appsscript-registers/helpers/fixtures';

/** A Documents row as generation would have written it just now, in the status a test needs. */
export function paper(number: string, overrides: Partial<DocumentRow> = {}): DocumentRow {
  const at = new Date().toISOString();
  return documentRow(number, {
    dealId: '10',
    manager: MANAGER,
    template: { key: 'b24_contract', version: 1 },
    statusSince: at,
    driveFileId: null,
    docUrl: null,
    createdAt: at,
    updatedAt: at,
    ...overrides,
  });
}

let sequence = 0;

export function scan(payload: string, mode: ScanMode, extra: Partial<ScanEvent> = {}): ScanEvent {
  sequence += 1;
  return { sequence, eventKey: `kiosk-1:${sequence}`, payload, mode, desk: 'Ресепшн', operator: 'Смирнова Е. И.', scannedAt: new Date().toISOString(), ...extra };
}

export function batch(...events: ScanEvent[]): ScanEventBatch {
  return { type: 'scan_event_batch', version: PROTOCOL_VERSION, bridgeId: 'kiosk-1', events };
}
