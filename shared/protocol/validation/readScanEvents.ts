import { formatEventKey, isEventKey } from '../eventKey';
import {
  type DealReturnProgress,
  type RejectedScan,
  SCAN_MODES,
  SCAN_REJECT_REASONS,
  type ScanEvent,
  type ScanEventAck,
  type ScanEventBatch,
} from '../messages/scanEvents';
import { PROTOCOL_VERSION } from '../version';
import { BITRIX_ID_RULE, BRIDGE_ID_RULE, FREE_TEXT, SHORT_TEXT } from './commonRules';
import {
  checkRegistryNumber,
  checkString,
  childPath,
  fieldOf,
  invalid,
  type Json,
  readArray,
  readBoolean,
  readInteger,
  readOneOf,
  readOptionalString,
  readRecord,
  readString,
  readTimestamp,
} from './fieldReader';
import { MAX_DEAL_DOCUMENTS, MAX_SCAN_EVENTS_PER_BATCH, MAX_SCAN_PAYLOAD_LENGTH } from './limits';

export function readScanEventBatch(message: Json): ScanEventBatch {
  const bridgeId = readString(message, 'bridgeId', '', BRIDGE_ID_RULE);
  const items = readArray(message, 'events', '', MAX_SCAN_EVENTS_PER_BATCH);
  if (items.length === 0) invalid('events', 'хотя бы одно событие', items);
  const seen = new Set<string>();
  const events = items.map((item, index) => {
    const event = readScanEvent(item, childPath('events', index), bridgeId);
    if (seen.has(event.eventKey)) invalid(childPath(childPath('events', index), 'eventKey'), 'ключ, не повторяющийся в пакете', event.eventKey);
    seen.add(event.eventKey);
    return event;
  });
  return { type: 'scan_event_batch', version: PROTOCOL_VERSION, bridgeId, events };
}

function readScanEvent(value: unknown, path: string, bridgeId: string): ScanEvent {
  const record = readRecord(value, path);
  const sequence = readInteger(record, 'sequence', path, 1, Number.MAX_SAFE_INTEGER);
  const expectedKey = formatEventKey(bridgeId, sequence);
  const eventKey = readString(record, 'eventKey', path, { max: 100 });
  if (eventKey !== expectedKey) invalid(childPath(path, 'eventKey'), `«${expectedKey}» (идентификатор моста и номер события)`, eventKey);
  // The payload is what the scanner typed, so trailing CR/LF and other controls are refused here:
  // the bridge strips the scanner's terminator before the event enters the outbox.
  const payload = readString(record, 'payload', path, { max: MAX_SCAN_PAYLOAD_LENGTH });
  const mode = readOneOf(record, 'mode', path, SCAN_MODES);
  const desk = readString(record, 'desk', path, { max: 64 });
  const operator = readString(record, 'operator', path, SHORT_TEXT);
  const scannedAt = readTimestamp(record, 'scannedAt', path);
  const envelopeId = readOptionalString(record, 'envelopeId', path, { max: 64 });
  // A bridge id (up to 64 characters), a dash and the envelope's counter.
  const envelopeNumber = readOptionalString(record, 'envelopeNumber', path, { max: 100 });
  return {
    sequence,
    eventKey,
    payload,
    mode,
    desk,
    operator,
    scannedAt,
    ...(envelopeId === undefined ? {} : { envelopeId }),
    ...(envelopeNumber === undefined ? {} : { envelopeNumber }),
  };
}

export function readScanEventAck(message: Json): ScanEventAck {
  const keys = new Set<string>();
  const claim = (key: unknown, at: string): string => {
    if (!isEventKey(key)) invalid(at, 'ключ события вида kiosk-1:42', key);
    if (keys.has(key)) invalid(at, 'ключ, который встречается в ответе один раз', key);
    keys.add(key);
    return key;
  };
  const accepted = readArray(message, 'accepted', '', MAX_SCAN_EVENTS_PER_BATCH).map((key, index) => claim(key, childPath('accepted', index)));
  const rejected = readArray(message, 'rejected', '', MAX_SCAN_EVENTS_PER_BATCH).map((item, index): RejectedScan => {
    const path = childPath('rejected', index);
    const record = readRecord(item, path);
    const eventKey = claim(fieldOf(record, 'eventKey'), childPath(path, 'eventKey'));
    const reason = readOneOf(record, 'reason', path, SCAN_REJECT_REASONS);
    const detail = checkString(fieldOf(record, 'detail'), childPath(path, 'detail'), FREE_TEXT);
    return { eventKey, reason, detail };
  });
  const ack: ScanEventAck = { type: 'scan_event_ack', version: PROTOCOL_VERSION, accepted, rejected };
  return fieldOf(message, 'deals') === undefined ? ack : { ...ack, deals: readDealProgress(message) };
}

function readNumbers(record: Json, key: string, path: string, max: number): string[] {
  return readArray(record, key, path, max).map((number, index) => checkRegistryNumber(number, childPath(childPath(path, key), index)));
}

function readDealProgress(message: Json): DealReturnProgress[] {
  const seen = new Set<string>();
  // A batch's returns can touch at most one deal per event.
  return readArray(message, 'deals', '', MAX_SCAN_EVENTS_PER_BATCH).map((item, index) => {
    const path = childPath('deals', index);
    const record = readRecord(item, path);
    const dealId = readString(record, 'dealId', path, BITRIX_ID_RULE);
    if (seen.has(dealId)) invalid(childPath(path, 'dealId'), 'сделку, которая встречается в ответе один раз', dealId);
    seen.add(dealId);
    const returned = readNumbers(record, 'returned', path, MAX_SCAN_EVENTS_PER_BATCH);
    if (returned.length === 0) invalid(childPath(path, 'returned'), 'хотя бы один вернувшийся документ', returned);
    const awaiting = readNumbers(record, 'awaiting', path, MAX_DEAL_DOCUMENTS);
    const complete = readBoolean(record, 'complete', path);
    if (complete && awaiting.length > 0) invalid(childPath(path, 'complete'), 'false, пока есть ожидаемые документы', complete);
    return { dealId, returned, awaiting, complete };
  });
}
