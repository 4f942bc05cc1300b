import { DOCUMENT_KINDS } from '../../kinds/documentKinds';
import { LIFECYCLE_STATUSES } from '../../lifecycle/statuses';
import type { IndexDelta, IndexDeltaRequest, IndexEntry } from '../messages/indexDelta';
import { PROTOCOL_VERSION } from '../version';
import { BITRIX_ID_RULE, BRIDGE_ID_RULE, NAME_TEXT } from './commonRules';
import {
  checkRegistryNumber,
  checkString,
  childPath,
  fieldOf,
  invalid,
  type Json,
  readArray,
  readBoolean,
  readOneOf,
  readRecord,
  readRegistryNumber,
  readString,
  type StringRule,
} from './fieldReader';
import { MAX_ADDRESS_LINES, MAX_INDEX_CHANGES_PER_DELTA } from './limits';

/** Opaque to the bridge: it stores the cursor and sends it back unchanged. */
const CURSOR: StringRule = { max: 256 };

export function readIndexDeltaRequest(message: Json): IndexDeltaRequest {
  const bridgeId = readString(message, 'bridgeId', '', BRIDGE_ID_RULE);
  const since = fieldOf(message, 'since') === null ? null : readString(message, 'since', '', CURSOR);
  return { type: 'index_delta_request', version: PROTOCOL_VERSION, bridgeId, since };
}

export function readIndexDelta(message: Json): IndexDelta {
  const cursor = readString(message, 'cursor', '', CURSOR);
  const hasMore = readBoolean(message, 'hasMore', '');
  const upserted = new Set<string>();
  const upserts = readArray(message, 'upserts', '', MAX_INDEX_CHANGES_PER_DELTA).map((item, index) => {
    const path = childPath('upserts', index);
    const entry = readIndexEntry(item, path);
    if (upserted.has(entry.documentNumber)) invalid(childPath(path, 'documentNumber'), 'номер, не повторяющийся в изменениях', entry.documentNumber);
    upserted.add(entry.documentNumber);
    return entry;
  });
  const removals = readArray(message, 'removals', '', MAX_INDEX_CHANGES_PER_DELTA).map((item, index) => {
    const number = checkRegistryNumber(item, childPath('removals', index));
    if (upserted.has(number)) invalid(childPath('removals', index), 'номер, которого нет среди добавленных в этом же ответе', number);
    return number;
  });
  return { type: 'index_delta', version: PROTOCOL_VERSION, cursor, hasMore, upserts, removals };
}

function readIndexEntry(value: unknown, path: string): IndexEntry {
  const record = readRecord(value, path);
  const documentNumber = readRegistryNumber(record, 'documentNumber', path);
  const kind = readOneOf(record, 'kind', path, DOCUMENT_KINDS);
  const clientName = readString(record, 'clientName', path, NAME_TEXT);
  const postalAddressLines = readArray(record, 'postalAddressLines', path, MAX_ADDRESS_LINES).map((line, index) =>
    checkString(line, childPath(childPath(path, 'postalAddressLines'), index), { max: 200 }),
  );
  const dealId = readString(record, 'dealId', path, BITRIX_ID_RULE);
  const status = readOneOf(record, 'status', path, LIFECYCLE_STATUSES);
  return { documentNumber, kind, clientName, postalAddressLines, dealId, status };
}
