import { createHmac, randomUUID } from 'node:crypto';
import { EventBus } from '../../../../bridge/core/eventBus';
import { silentLogger } from '../../../../bridge/core/logger';
import { ScriptClient } from '../../../../bridge/sync/scriptClient';
import { encodeEnvelope, MemoryNonceStore, PROTOCOL_VERSION, type ProtocolMessage, signMessage } from '../../../../shared/protocol';
import { SCRIPT_SECRET } from '../../../integration/bridge/helpers/fakeScript';

const REQUEST: ProtocolMessage = { type: 'index_delta_request', version: PROTOCOL_VERSION, bridgeId: 'kiosk-1', since: null };
const DELTA: ProtocolMessage = { type: 'index_delta', version: PROTOCOL_VERSION, cursor: 'c1', hasMore: false, upserts: [], removals: [] };

function signed(message: ProtocolMessage, secret = SCRIPT_SECRET, now = Date.now()): string {
  return encodeEnvelope(
    signMessage(message, { secret, hmac: (key, text) => createHmac('sha256', key).update(text, 'utf8').digest(), now: () => now, newNonce: randomUUID }),
  );
}

function client(answer: () => Promise<Response>): { client: ScriptClient; links: string[] } {
  const bus = new EventBus(silentLogger());
  const links: string[] = [];
  bus.on('linkChanged', 'test', (link) => {
    links.push(link.state);
  });
  const fetch = (async () => answer()) as typeof globalThis.fetch;
  return {
    client: new ScriptClient({ scriptUrl: 'http://script.test/exec', secret: SCRIPT_SECRET, timeoutMs: 1000, nonces: new MemoryNonceStore(Date.now), bus, logger: silentLogger(), fetch }),
    links,
  };
}

describe('the script client', () => {
  it('returns a genuine answer of the expected type and reports the link up', async () => {
    const { client: script, links } = client(async () => new Response(signed(DELTA)));
    expect(await script.exchange(REQUEST, ['index_delta'])).toEqual({ status: 'success', response: DELTA });
    expect(links).toEqual(['online']);
  });

  it('refuses an answer signed with another secret', async () => {
    const { client: script, links } = client(async () => new Response(signed(DELTA, 'another-secret-0123456789')));
    expect(await script.exchange(REQUEST, ['index_delta'])).toMatchObject({ status: 'error', type: 'script_bad_response', detail: expect.stringMatching(/Подпись/) });
    expect(links).toEqual(['offline']);
  });

  it('refuses the same signed answer twice (replay)', async () => {
    const text = signed(DELTA);
    const { client: script } = client(async () => new Response(text));
    expect((await script.exchange(REQUEST, ['index_delta'])).status).toBe('success');
    expect(await script.exchange(REQUEST, ['index_delta'])).toMatchObject({ status: 'error', type: 'script_bad_response' });
  });

  it('refuses a stale answer', async () => {
    const { client: script } = client(async () => new Response(signed(DELTA, SCRIPT_SECRET, Date.now() - 60 * 60 * 1000)));
    expect(await script.exchange(REQUEST, ['index_delta'])).toMatchObject({ status: 'error', type: 'script_bad_response', detail: expect.stringMatching(/часы/) });
  });

  it('refuses an answer of a type it did not ask for', async () => {
    const { client: script } = client(async () => new Response(signed({ type: 'print_job_list', version: 1, jobs: [] })));
    expect(await script.exchange(REQUEST, ['index_delta'])).toMatchObject({ status: 'error', type: 'script_bad_response' });
  });

  it('passes on the script’s own refusal', async () => {
    const { client: script, links } = client(async () => new Response(signed({ type: 'error', version: 1, errorType: 'not_allowed', detail: 'Мост не зарегистрирован.' })));
    expect(await script.exchange(REQUEST, ['index_delta'])).toEqual({ status: 'error', type: 'script_refused', detail: 'Мост не зарегистрирован.' });
    expect(links).toEqual(['online']);
  });

  it.each([
    ['a network failure', async () => Promise.reject(new TypeError('fetch failed'))],
    ['an HTTP 503', async () => new Response('busy', { status: 503 })],
  ])('calls %s unreachable', async (_name, answer) => {
    const { client: script, links } = client(answer);
    expect(await script.exchange(REQUEST, ['index_delta'])).toMatchObject({ status: 'error', type: 'script_unreachable' });
    expect(links).toEqual(['offline']);
  });

  it('calls an HTML page (a wrong URL) a bad response and says to check the URL', async () => {
    const { client: script } = client(async () => new Response('<html>Not Found</html>', { status: 404 }));
    expect(await script.exchange(REQUEST, ['index_delta'])).toMatchObject({ status: 'error', type: 'script_bad_response', detail: expect.stringMatching(/scriptUrl/) });
  });
});
