import { createHmac, randomUUID } from 'node:crypto';
import {
  encodeEnvelope,
  type HmacSha256,
  MemoryNonceStore,
  type ProtocolMessage,
  openSignedMessage,
  PROTOCOL_VERSION,
  signMessage,
} from '../../../shared/protocol';
import { CORRESPONDENCE_REGISTER, DOCUMENTS_REGISTER } from '../../../shared/registers';
import { batch, paper, payloadOf, scan } from './helpers/papers';
import { type RegistersStack, startRegistersStack } from './helpers/registersStack';

const SECRET = 'bridge-secret-for-registers-tests-0123456789';
const hmac: HmacSha256 = (key, message) => createHmac('sha256', key).update(message, 'utf8').digest();
let stack: RegistersStack;

beforeAll(async () => {
  stack = await startRegistersStack();
  stack.seed(DOCUMENTS_REGISTER, [paper('C-2026-00501', { status: 'printed' }), paper('C-2026-00502', { status: 'sent', dealId: '3', clientId: '4', clientName: 'ООО «Медиагруппа «Горизонт»»' })]);
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

/** POSTs a body to the web app's bridge route as the bridge does (text/plain, redirect followed). */
async function post(body: string): Promise<string> {
  const response = await fetch(`${stack.server.webAppUrl}?route=bridge`, { method: 'POST', headers: { 'content-type': 'text/plain;charset=utf-8' }, body, redirect: 'follow' });
  return response.text();
}

const envelopeOf = (message: ProtocolMessage): string => encodeEnvelope(signMessage(message, { secret: SECRET, hmac, now: Date.now, newNonce: randomUUID }));

function opened(text: string): ProtocolMessage {
  const answer = openSignedMessage(text, { secret: SECRET, hmac, now: () => Date.now(), nonces: new MemoryNonceStore(() => Date.now()) }, ['scan_event_ack', 'index_delta', 'document_status', 'error']);
  if (answer.status === 'error') throw new Error(`${answer.type}: ${answer.detail}`);
  return answer.response;
}

describe('the bridge’s signed requests reach the registers through doPost route=bridge', () => {
  it('registers a signed scan batch and answers with a signed ack', async () => {
    const events = [scan(payloadOf('C-2026-00501'), 'outgoing'), scan(payloadOf('C-2026-00502'), 'incoming'), scan('not-a-docflow-code', 'incoming')];
    const answer = opened(await post(envelopeOf(batch(...events))));
    expect(answer).toEqual({
      type: 'scan_event_ack',
      version: PROTOCOL_VERSION,
      accepted: [events[0]?.eventKey, events[1]?.eventKey],
      rejected: [{ eventKey: events[2]?.eventKey, reason: 'invalid_payload', detail: expect.stringContaining('не штрихкод Docflow') }],
      // The returned contract was its deal's only awaited paper: the deal is complete.
      deals: [{ dealId: '3', returned: ['C-2026-00502'], awaiting: [], complete: true }],
    });
    expect(stack.rows(CORRESPONDENCE_REGISTER).map((row) => [row.documentNumber, row.direction])).toEqual([
      ['C-2026-00501', 'outgoing'],
      ['C-2026-00502', 'incoming'],
    ]);
  });

  it('refuses a replayed envelope and writes nothing; a fresh envelope with the same keys is acknowledged once', async () => {
    const event = scan(payloadOf('C-2026-00501'), 'incoming');
    const envelope = envelopeOf(batch(event));
    expect(opened(await post(envelope))).toMatchObject({ type: 'scan_event_ack', accepted: [event.eventKey] });
    const rows = stack.rows(CORRESPONDENCE_REGISTER).length;
    expect(opened(await post(envelope))).toMatchObject({ type: 'error', errorType: 'replayed_nonce' });
    expect(opened(await post(envelopeOf(batch(event))))).toMatchObject({ type: 'scan_event_ack', accepted: [event.eventKey], rejected: [] });
    expect(stack.rows(CORRESPONDENCE_REGISTER)).toHaveLength(rows);
  });

  it('answers a signed index delta request', async () => {
    stack.seed(DOCUMENTS_REGISTER, [paper('C-2026-00503', { status: 'approved' })]);
    const answer = opened(await post(envelopeOf({ type: 'index_delta_request', version: PROTOCOL_VERSION, bridgeId: 'kiosk-1', since: null })));
    expect(answer.type).toBe('index_delta');
    if (answer.type !== 'index_delta') return;
    expect(answer.upserts.map((entry) => entry.documentNumber)).toEqual(['C-2026-00503']);
  });

  it('answers a signed document status request, null for a number never registered', async () => {
    stack.seed(DOCUMENTS_REGISTER, [paper('C-2026-00504', { status: 'internal_approval' })]);
    const ask = async (documentNumber: string) => opened(await post(envelopeOf({ type: 'document_status_request', version: PROTOCOL_VERSION, bridgeId: 'kiosk-1', documentNumber })));
    expect(await ask('C-2026-00504')).toEqual({ type: 'document_status', version: PROTOCOL_VERSION, documentNumber: 'C-2026-00504', status: 'internal_approval' });
    expect(await ask('C-2026-00777')).toEqual({ type: 'document_status', version: PROTOCOL_VERSION, documentNumber: 'C-2026-00777', status: null });
  });
});
