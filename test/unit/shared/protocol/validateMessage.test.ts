import { MAX_SCAN_EVENTS_PER_BATCH, validateMessage, validateMessageText } from '../../../../shared/protocol';
import {
  ALL_MESSAGES,
  ERROR_MESSAGE,
  FAILED_ACK,
  INDEX_DELTA,
  INDEX_REQUEST,
  jsonCopy,
  PRINT_LIST,
  PRINT_REQUEST,
  PRINTED_ACK,
  SCAN_ACK,
  SCAN_ACK_WITH_DEALS,
  SCAN_BATCH,
  STATUS_ANSWER,
  STATUS_REQUEST,
} from './messageFixtures';

type Json = Record<string, unknown>;

/** Applies a change to a JSON copy of `message` and expects the first bad field at `path`. */
function expectInvalidAt(message: object, change: (copy: Json) => void, path: string, type = 'invalid_message'): void {
  const copy = jsonCopy(message);
  change(copy);
  const result = validateMessage(copy);
  expect(result).toMatchObject({ status: 'error', type, path });
  if (result.status === 'error') expect(result.detail).toContain(path === '' ? 'Сообщение' : `«${path}»`);
}

function at(copy: Json, ...keys: (string | number)[]): Json {
  let node: unknown = copy;
  for (const key of keys) node = (node as Record<string | number, unknown>)[key];
  return node as Json;
}

describe('validateMessage: valid messages', () => {
  it.each(ALL_MESSAGES.map((message) => [message.type, message] as const))('accepts a %s and returns an equal copy', (_type, message) => {
    expect(validateMessage(jsonCopy(message))).toEqual({ status: 'success', response: message });
  });

  it('drops fields the protocol does not define', () => {
    const copy = jsonCopy(SCAN_BATCH);
    copy['debug'] = 'x';
    at(copy, 'events', 0)['extra'] = 1;
    expect(validateMessage(copy)).toEqual({ status: 'success', response: SCAN_BATCH });
  });

  it('keeps a print request without a limit', () => {
    const copy = jsonCopy(PRINT_REQUEST);
    delete copy['limit'];
    expect(validateMessage(copy)).toEqual({ status: 'success', response: { type: 'print_job_list_request', version: 1, bridgeId: 'kiosk-1' } });
  });

  it('accepts an empty print job list and an empty index delta', () => {
    expect(validateMessage({ type: 'print_job_list', version: 1, jobs: [] }).status).toBe('success');
    expect(validateMessage({ ...jsonCopy(INDEX_DELTA), upserts: [], removals: [] }).status).toBe('success');
  });

  it('parses JSON text too', () => {
    expect(validateMessageText(JSON.stringify(SCAN_ACK))).toEqual({ status: 'success', response: SCAN_ACK });
  });
});

describe('validateMessage: the envelope of every message', () => {
  it.each([
    ['null', null],
    ['a string', 'scan_event_batch'],
    ['an array', [SCAN_BATCH]],
    ['a number', 1],
  ])('refuses %s as the message', (_label, value) => {
    expect(validateMessage(value)).toMatchObject({ status: 'error', type: 'invalid_message', path: '' });
  });

  it('refuses an unknown type', () => {
    expectInvalidAt(SCAN_BATCH, (m) => (m['type'] = 'scan_events'), 'type');
  });

  it('refuses a missing type', () => {
    expectInvalidAt(SCAN_BATCH, (m) => delete m['type'], 'type');
  });

  it('refuses a type this endpoint does not take', () => {
    expect(validateMessage(jsonCopy(SCAN_ACK), ['scan_event_batch'])).toMatchObject({ status: 'error', type: 'invalid_message', path: 'type' });
    expect(validateMessage(jsonCopy(ERROR_MESSAGE), ['scan_event_ack', 'error']).status).toBe('success');
  });

  it.each([2, 0.5, 99])('refuses version %p as unsupported_version', (version) => {
    const copy = jsonCopy(SCAN_BATCH);
    copy['version'] = version;
    const result = validateMessage(copy);
    if (Number.isInteger(version)) {
      expect(result).toMatchObject({ status: 'error', type: 'unsupported_version', path: 'version' });
      if (result.status === 'error') expect(result.detail).toContain('обновите');
    } else {
      expect(result).toMatchObject({ status: 'error', type: 'invalid_message', path: 'version' });
    }
  });

  it.each([
    ['missing', undefined],
    ['a string', '1'],
    ['zero', 0],
  ])('refuses a version that is %s', (_label, version) => {
    expectInvalidAt(SCAN_BATCH, (m) => (m['version'] = version), 'version');
  });

  it('refuses text that is not JSON', () => {
    expect(validateMessageText('{"type":')).toMatchObject({ status: 'error', type: 'invalid_message', path: '' });
  });

  it('does not let a __proto__ key stand in for a field', () => {
    const hostile = JSON.parse('{"__proto__":{"type":"error","version":1,"errorType":"x","detail":"y"}}');
    expect(validateMessage(hostile)).toMatchObject({ status: 'error', path: 'type' });
  });
});

describe('validateMessage: scan_event_batch', () => {
  it.each<[string, (m: Json) => void, string]>([
    ['a bridge id with a colon', (m) => (m['bridgeId'] = 'kiosk:1'), 'bridgeId'],
    ['a missing bridge id', (m) => delete m['bridgeId'], 'bridgeId'],
    ['events that are not a list', (m) => (m['events'] = {}), 'events'],
    ['an empty batch', (m) => (m['events'] = []), 'events'],
    ['an event that is not an object', (m) => (at(m, 'events') as unknown as unknown[])[1] = 'kiosk-1:42', 'events[1]'],
    ['a zero sequence', (m) => (at(m, 'events', 0)['sequence'] = 0), 'events[0].sequence'],
    ['a fractional sequence', (m) => (at(m, 'events', 0)['sequence'] = 41.5), 'events[0].sequence'],
    ['a sequence as a string', (m) => (at(m, 'events', 0)['sequence'] = '41'), 'events[0].sequence'],
    ['a sequence beyond safe integers', (m) => (at(m, 'events', 0)['sequence'] = 2 ** 53), 'events[0].sequence'],
    ['an event key of another bridge', (m) => (at(m, 'events', 1)['eventKey'] = 'kiosk-2:42'), 'events[1].eventKey'],
    ['an event key with another sequence', (m) => (at(m, 'events', 1)['eventKey'] = 'kiosk-1:43'), 'events[1].eventKey'],
    ['an empty payload', (m) => (at(m, 'events', 0)['payload'] = ''), 'events[0].payload'],
    ['a payload with the scanner CR left in', (m) => (at(m, 'events', 0)['payload'] = 'DFC2600042K\r'), 'events[0].payload'],
    ['a payload too long', (m) => (at(m, 'events', 0)['payload'] = 'X'.repeat(513)), 'events[0].payload'],
    ['an unknown mode', (m) => (at(m, 'events', 0)['mode'] = 'return'), 'events[0].mode'],
    ['a missing desk', (m) => delete at(m, 'events', 0)['desk'], 'events[0].desk'],
    ['a missing operator', (m) => delete at(m, 'events', 1)['operator'], 'events[1].operator'],
    ['a zone-less scan time', (m) => (at(m, 'events', 0)['scannedAt'] = '2026-03-02T09:15:04'), 'events[0].scannedAt'],
    ['an impossible scan date', (m) => (at(m, 'events', 0)['scannedAt'] = '2026-02-30T09:15:04Z'), 'events[0].scannedAt'],
    ['a scan time as a number', (m) => (at(m, 'events', 0)['scannedAt'] = 1772442904120), 'events[0].scannedAt'],
    ['an empty envelope id', (m) => (at(m, 'events', 0)['envelopeId'] = ''), 'events[0].envelopeId'],
    ['a null envelope id', (m) => (at(m, 'events', 0)['envelopeId'] = null), 'events[0].envelopeId'],
    ['an empty envelope number', (m) => (at(m, 'events', 0)['envelopeNumber'] = ''), 'events[0].envelopeNumber'],
    ['an envelope number too long', (m) => (at(m, 'events', 0)['envelopeNumber'] = 'k'.repeat(101)), 'events[0].envelopeNumber'],
  ])('refuses %s', (_label, change, path) => {
    expectInvalidAt(SCAN_BATCH, change, path);
  });

  it('refuses the same event twice in one batch, naming the second', () => {
    expectInvalidAt(SCAN_BATCH, (m) => (at(m, 'events') as unknown as unknown[]).push(at(m, 'events', 0)), 'events[2].eventKey');
  });

  it('reports the first bad field when there are several', () => {
    expectInvalidAt(
      SCAN_BATCH,
      (m) => {
        at(m, 'events', 1)['mode'] = 'x';
        at(m, 'events', 0)['desk'] = '';
      },
      'events[0].desk',
    );
  });

  it(`refuses more than ${MAX_SCAN_EVENTS_PER_BATCH} events`, () => {
    const events = Array.from({ length: MAX_SCAN_EVENTS_PER_BATCH + 1 }, (_, i) => ({
      ...SCAN_BATCH.events[0],
      sequence: i + 1,
      eventKey: `kiosk-1:${i + 1}`,
    }));
    expectInvalidAt(SCAN_BATCH, (m) => (m['events'] = events), 'events');
    expect(validateMessage({ ...SCAN_BATCH, events: events.slice(0, MAX_SCAN_EVENTS_PER_BATCH) }).status).toBe('success');
  });
});

describe('validateMessage: scan_event_ack', () => {
  it.each<[string, (m: Json) => void, string]>([
    ['an accepted key that is not a key', (m) => ((m['accepted'] as unknown[])[0] = 'kiosk-1'), 'accepted[0]'],
    ['a sequence 0 key', (m) => ((m['accepted'] as unknown[])[0] = 'kiosk-1:0'), 'accepted[0]'],
    ['a key accepted twice', (m) => (m['accepted'] = ['kiosk-1:41', 'kiosk-1:41']), 'accepted[1]'],
    ['a key both accepted and rejected', (m) => (m['accepted'] = ['kiosk-1:41', 'kiosk-1:42']), 'rejected[0].eventKey'],
    ['an unknown reject reason', (m) => (at(m, 'rejected', 0)['reason'] = 'nope'), 'rejected[0].reason'],
    ['a reject without detail', (m) => delete at(m, 'rejected', 0)['detail'], 'rejected[0].detail'],
    ['a missing rejected list', (m) => delete m['rejected'], 'rejected'],
  ])('refuses %s', (_label, change, path) => {
    expectInvalidAt(SCAN_ACK, change, path);
  });

  it.each<[string, (m: Json) => void, string]>([
    ['deals that are not a list', (m) => (m['deals'] = {}), 'deals'],
    ['a deal id that is not a Bitrix24 id', (m) => (at(m, 'deals', 0)['dealId'] = '7; DROP'), 'deals[0].dealId'],
    ['the same deal twice', (m) => (at(m, 'deals', 1)['dealId'] = '7'), 'deals[1].dealId'],
    ['a deal with no returned document', (m) => (at(m, 'deals', 0)['returned'] = []), 'deals[0].returned'],
    ['an awaited number that is not a registry number', (m) => (at(m, 'deals', 0)['awaiting'] = ['C-2026-1']), 'deals[0].awaiting[0]'],
    ['a complete deal that still awaits a document', (m) => (at(m, 'deals', 0)['complete'] = true), 'deals[0].complete'],
    ['a complete flag that is not a boolean', (m) => (at(m, 'deals', 1)['complete'] = 'yes'), 'deals[1].complete'],
  ])('refuses %s', (_label, change, path) => {
    expectInvalidAt(SCAN_ACK_WITH_DEALS, change, path);
  });
});

describe('validateMessage: print jobs', () => {
  it.each<[string, (m: Json) => void, string]>([
    ['a limit of 0', (m) => (m['limit'] = 0), 'limit'],
    ['a limit above 50', (m) => (m['limit'] = 51), 'limit'],
  ])('refuses a request with %s', (_label, change, path) => {
    expectInvalidAt(PRINT_REQUEST, change, path);
  });

  it.each<[string, (m: Json) => void, string]>([
    ['a job id with spaces', (m) => (at(m, 'jobs', 0)['jobId'] = 'job 1'), 'jobs[0].jobId'],
    ['a repeated job id', (m) => (at(m, 'jobs', 1)['jobId'] = 'job-2026-0001'), 'jobs[1].jobId'],
    ['a document number that is not a registry number', (m) => (at(m, 'jobs', 0)['documentNumber'] = 'Договор 42'), 'jobs[0].documentNumber'],
    ['a registry number in lower case', (m) => (at(m, 'jobs', 0)['documentNumber'] = 'c-2026-00042'), 'jobs[0].documentNumber'],
    ['a pdf without kind', (m) => delete at(m, 'jobs', 0, 'pdf')['kind'], 'jobs[0].pdf.kind'],
    ['a pdf url that is not http', (m) => (at(m, 'jobs', 0, 'pdf')['url'] = 'file:///etc/passwd'), 'jobs[0].pdf.url'],
    ['a drive file without id', (m) => delete at(m, 'jobs', 1, 'pdf')['fileId'], 'jobs[1].pdf.fileId'],
    ['a drive file id with a slash', (m) => (at(m, 'jobs', 1, 'pdf')['fileId'] = '../x'), 'jobs[1].pdf.fileId'],
    ['zero copies', (m) => (at(m, 'jobs', 0)['copies'] = 0), 'jobs[0].copies'],
    ['21 copies', (m) => (at(m, 'jobs', 0)['copies'] = 21), 'jobs[0].copies'],
    ['an unknown sides value', (m) => (at(m, 'jobs', 0)['sides'] = 'duplex'), 'jobs[0].sides'],
    ['a bad created time', (m) => (at(m, 'jobs', 0)['createdAt'] = 'вчера'), 'jobs[0].createdAt'],
  ])('refuses a job list with %s', (_label, change, path) => {
    expectInvalidAt(PRINT_LIST, change, path);
  });

  it.each<[string, object, (m: Json) => void, string]>([
    ['an unknown outcome', PRINTED_ACK, (m) => (m['outcome'] = 'done'), 'outcome'],
    ['a failure without reason', FAILED_ACK, (m) => delete m['reason'], 'reason'],
    ['a failure with an empty reason', FAILED_ACK, (m) => (m['reason'] = ''), 'reason'],
    ['a missing job id', PRINTED_ACK, (m) => delete m['jobId'], 'jobId'],
  ])('refuses an acknowledgement with %s', (_label, message, change, path) => {
    expectInvalidAt(message, change, path);
  });

  it('drops a reason sent with a printed outcome', () => {
    const result = validateMessage({ ...PRINTED_ACK, reason: 'ignored' });
    expect(result).toEqual({ status: 'success', response: PRINTED_ACK });
  });
});

describe('validateMessage: index delta', () => {
  it.each<[string, (m: Json) => void, string]>([
    ['a numeric cursor', (m) => (m['since'] = 17), 'since'],
    ['an empty cursor', (m) => (m['since'] = ''), 'since'],
    ['a missing cursor (null must be explicit)', (m) => delete m['since'], 'since'],
  ])('refuses a request with %s', (_label, change, path) => {
    expectInvalidAt(INDEX_REQUEST, change, path);
  });

  it.each<[string, (m: Json) => void, string]>([
    ['a missing cursor', (m) => delete m['cursor'], 'cursor'],
    ['hasMore as a string', (m) => (m['hasMore'] = 'false'), 'hasMore'],
    ['an unknown kind', (m) => (at(m, 'upserts', 0)['kind'] = 'letter'), 'upserts[0].kind'],
    ['an unknown status', (m) => (at(m, 'upserts', 0)['status'] = 'lost'), 'upserts[0].status'],
    ['a numeric deal id', (m) => (at(m, 'upserts', 0)['dealId'] = 759), 'upserts[0].dealId'],
    ['an address line with a line break', (m) => ((at(m, 'upserts', 0)['postalAddressLines'] as unknown[])[1] = 'г. Минск\n220030'), 'upserts[0].postalAddressLines[1]'],
    ['an empty address line', (m) => ((at(m, 'upserts', 0)['postalAddressLines'] as unknown[])[0] = ''), 'upserts[0].postalAddressLines[0]'],
    ['eleven address lines', (m) => (at(m, 'upserts', 0)['postalAddressLines'] = Array(11).fill('x')), 'upserts[0].postalAddressLines'],
    ['a removal that is not a registry number', (m) => ((m['removals'] as unknown[])[0] = 42), 'removals[0]'],
    ['a number both upserted and removed', (m) => ((m['removals'] as unknown[])[0] = 'C-2026-00042'), 'removals[0]'],
    ['the same number upserted twice', (m) => (m['upserts'] as unknown[]).push(at(m, 'upserts', 0)), 'upserts[1].documentNumber'],
  ])('refuses a delta with %s', (_label, change, path) => {
    expectInvalidAt(INDEX_DELTA, change, path);
  });
});

describe('validateMessage: document status', () => {
  it.each<[string, object, (m: Json) => void, string]>([
    ['a request without a number', STATUS_REQUEST, (m) => delete m['documentNumber'], 'documentNumber'],
    ['a request for a number that is not a registry number', STATUS_REQUEST, (m) => (m['documentNumber'] = 'C-2026-42'), 'documentNumber'],
    ['a request with a bad bridge id', STATUS_REQUEST, (m) => (m['bridgeId'] = 'kiosk 1'), 'bridgeId'],
    ['an answer with an unknown status', STATUS_ANSWER, (m) => (m['status'] = 'lost'), 'status'],
    ['an answer without a status (null says "not registered")', STATUS_ANSWER, (m) => delete m['status'], 'status'],
  ])('refuses %s', (_label, message, change, path) => {
    expectInvalidAt(message, change, path);
  });
});

describe('validateMessage: error', () => {
  it.each<[string, (m: Json) => void, string]>([
    ['an error type with capitals', (m) => (m['errorType'] = 'BadSignature'), 'errorType'],
    ['an empty detail', (m) => (m['detail'] = ''), 'detail'],
    ['a detail with a NUL character', (m) => (m['detail'] = 'a\u0000b'), 'detail'],
  ])('refuses %s', (_label, change, path) => {
    expectInvalidAt(ERROR_MESSAGE, change, path);
  });

  it('allows line breaks in the detail', () => {
    expect(validateMessage({ ...ERROR_MESSAGE, detail: 'строка 1\nстрока 2' }).status).toBe('success');
  });
});
