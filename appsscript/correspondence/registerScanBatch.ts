import type { TransitionOutcome } from '../../shared/lifecycle';
import { formatRegistryNumber, parseScan } from '../../shared/numbers';
import { PROTOCOL_VERSION, type RejectedScan, type ScanEvent, type ScanEventAck, type ScanEventBatch } from '../../shared/protocol';
import { CORRESPONDENCE_REGISTER, DOCUMENTS_REGISTER } from '../../shared/registers';
import { ok, type Result } from '../../shared/result';
import { withLock } from '../platform/lockPort';
import { type DocumentEntry, DocumentsTable } from '../registerIndex/documentsTable';
import { CORRESPONDENCE_INDEX, DOCUMENTS_INDEX } from '../registerIndex/indexSpec';
import { checkRegisterHeader } from '../registerIndex/registerHeader';
import { readRegisterSettings, type RegisterSettings } from '../registerIndex/registerSettings';
import { REGISTER_LOCK_MS, type RegistersDeps } from '../registerIndex/registersDeps';
import { SheetKeyIndex } from '../registerIndex/sheetKeyIndex';
import { SETTINGS_SHEET } from '../registers/settingsSheet';
import { appendAudit } from './auditRows';
import { CorrespondenceTable } from './correspondenceTable';
import { correspondenceRows } from './correspondenceRows';
import { type DealNews, sendDealFollowUps } from './dealFollowUps';
import { decideScan } from './decideScan';
import { addPendingDeals } from './pendingDeals';
import { dealNews } from './scanNews';

export type ScanBatchError = 'busy' | 'register_broken';

interface Registered {
  readonly ack: ScanEventAck;
  readonly news: DealNews;
  readonly settings: RegisterSettings;
}

/**
 * The bridge's scan batch → the registers, and the ack the bridge settles its outbox by.
 *
 * Under the script lock: the event keys already registered are acknowledged again and nothing is
 * written for them (a resend after a lost ack); every other scan is read (parseScan), found in
 * the Documents register through the index, and run through the lifecycle (register_sent /
 * register_returned). The accepted scans become Correspondence rows in ONE setValues, their
 * documents' status cells are rewritten, the audit journal gets one row per transition.
 * A foreign or damaged code, an unknown number, a scan that does not fit the document's status
 * is rejected with the reason the kiosk shows, and nothing is written for it. A scan whose
 * document row is broken is neither accepted nor rejected: it stays in the bridge's outbox until
 * a person fixes the row.
 *
 * After the lock: the deals' timelines, the notifications and the move of completed deals to
 * their final stage (dealFollowUps.ts); deals Bitrix24 did not take go to the reconciliation
 * queue. The ack does not wait for Bitrix24 to succeed: the registers are the record.
 */
export function registerScanBatch(batch: ScanEventBatch, deps: RegistersDeps): Result<ScanEventAck, ScanBatchError> {
  const locked = withLock(deps.lock, REGISTER_LOCK_MS, () => registerLocked(batch, deps));
  if (locked.status === 'error') return locked;
  if (locked.response.status === 'error') return locked.response;
  const { ack, news, settings } = locked.response.response;
  const report = sendDealFollowUps(news, deps, settings.finalStages);
  if (report.failedDeals.length > 0) addPendingDeals(deps.properties, report.failedDeals);
  return ok(ack);
}

function registerLocked(batch: ScanEventBatch, deps: RegistersDeps): Result<Registered, 'register_broken'> {
  for (const header of [checkRegisterHeader(deps.sheets, DOCUMENTS_REGISTER), checkRegisterHeader(deps.sheets, CORRESPONDENCE_REGISTER)]) {
    if (header.status === 'error') {
      deps.log.error('Scan batch refused: register broken', { detail: header.detail });
      return header;
    }
  }
  const settings = readRegisterSettings(deps.sheets.readAll(SETTINGS_SHEET));
  const documentsIndex = new SheetKeyIndex(DOCUMENTS_INDEX, deps.sheets, deps.cache, deps.log);
  const documents = new DocumentsTable(deps.sheets, documentsIndex, deps.log);
  const correspondence = new CorrespondenceTable(deps.sheets, new SheetKeyIndex(CORRESPONDENCE_INDEX, deps.sheets, deps.cache, deps.log));

  const events = uniqueByKey(batch.events);
  const accepted: string[] = [];
  const rejected: RejectedScan[] = [];
  const already = correspondence.registeredKeys(events.map((event) => event.eventKey));
  const fresh = events.filter((event) => {
    if (!already.has(event.eventKey)) return true;
    accepted.push(event.eventKey);
    return false;
  });

  const numbers = new Map<string, string>();
  for (const event of fresh) {
    const identity = parseScan(event.payload);
    if (identity.status === 'error') rejected.push({ eventKey: event.eventKey, reason: 'invalid_payload', detail: identity.detail });
    else numbers.set(event.eventKey, formatRegistryNumber(identity.response));
  }
  const lookup = numbers.size === 0 ? { found: new Map<string, DocumentEntry>(), broken: new Map<string, string>() } : documents.byNumbers([...new Set(numbers.values())]);
  const current = new Map<string, DocumentEntry>(lookup.found);
  const at = deps.clock.now().toISOString();
  const context = { actor: `bridge:${batch.bridgeId}`, at, roles: settings.docflow.roles };

  const changed = new Map<string, DocumentEntry>();
  const outcomes: { readonly entry: DocumentEntry; readonly outcome: TransitionOutcome }[] = [];
  const scans: { readonly event: ScanEvent; readonly entry: DocumentEntry }[] = [];
  for (const event of fresh) {
    const number = numbers.get(event.eventKey);
    if (number === undefined) continue;
    if (lookup.broken.has(number)) {
      deps.log.error('Scan left pending: its Documents row does not parse', { eventKey: event.eventKey, detail: lookup.broken.get(number) });
      continue;
    }
    const entry = current.get(number);
    if (entry === undefined) {
      rejected.push({ eventKey: event.eventKey, reason: 'unknown_document', detail: `Документа ${number} нет в реестре Docflow. Проверьте, тот ли это документ; если он новый — подождите минуту и отсканируйте снова.` });
      continue;
    }
    const decided = decideScan(event, entry.row, context, deps.owner);
    if (decided.status === 'error') {
      rejected.push({ eventKey: event.eventKey, reason: decided.type, detail: decided.detail });
      continue;
    }
    const next = { row: decided.response.row, rowNumber: entry.rowNumber };
    current.set(number, next);
    changed.set(number, next);
    for (const outcome of decided.response.outcomes) outcomes.push({ entry: next, outcome });
    scans.push({ event, entry: next });
    accepted.push(event.eventKey);
  }

  const rows = correspondenceRows(scans, at, deps);
  correspondence.append(rows);
  documents.writeStatuses([...changed.values()]);
  appendAudit(deps, outcomes.map(({ outcome }) => outcome.audit));
  const { news, progress } = dealNews(outcomes, documents, current, deps);
  deps.log.info('Scan batch registered', { bridgeId: batch.bridgeId, events: batch.events.length, registered: rows.length, rejected: rejected.length });
  // The ack lists keys in the order the bridge sent them, whatever order they were decided in.
  const order = new Map(batch.events.map((event, index) => [event.eventKey, index]));
  const byOrder = (a: string, b: string): number => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  accepted.sort(byOrder);
  rejected.sort((a, b) => byOrder(a.eventKey, b.eventKey));
  const ack: ScanEventAck = { type: 'scan_event_ack', version: PROTOCOL_VERSION, accepted, rejected, ...(progress.length === 0 ? {} : { deals: progress }) };
  return ok({ ack, news, settings });
}

/** A key repeated inside one batch is one scan (the protocol refuses it; this is the belt and braces). */
function uniqueByKey(events: readonly ScanEvent[]): ScanEvent[] {
  const seen = new Set<string>();
  return events.filter((event) => (seen.has(event.eventKey) ? false : (seen.add(event.eventKey), true)));
}

