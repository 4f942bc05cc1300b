import { MemoryNonceStore, openSignedMessage, signBody, signMessage } from '../../../../shared/protocol';
import { appsScriptLikeHmac, newNonce, nodeHmac, SECRET } from './hmacAdapters';
import { INDEX_DELTA, SCAN_BATCH } from './messageFixtures';

const NOW = Date.UTC(2026, 2, 2, 9, 0, 0);
const signer = { secret: SECRET, hmac: nodeHmac, now: () => NOW, newNonce };
const verifier = () => ({ secret: SECRET, hmac: appsScriptLikeHmac, now: () => NOW, nonces: new MemoryNonceStore(() => NOW) });

describe('openSignedMessage', () => {
  it('verifies and validates a signed scan batch in one call', () => {
    expect(openSignedMessage(JSON.stringify(signMessage(SCAN_BATCH, signer)), verifier(), ['scan_event_batch'])).toEqual({
      status: 'success',
      response: SCAN_BATCH,
    });
  });

  it('returns the envelope error when the signature is wrong, without reading the body', () => {
    const envelope = signMessage(SCAN_BATCH, signer);
    expect(openSignedMessage({ ...envelope, body: JSON.stringify(INDEX_DELTA) }, verifier())).toMatchObject({ status: 'error', type: 'bad_signature' });
  });

  it('returns the message error with its path when a genuine sender sends a wrong message', () => {
    const bad = { ...SCAN_BATCH, events: [{ ...SCAN_BATCH.events[0], mode: 'sideways' }] };
    expect(openSignedMessage(signBody(JSON.stringify(bad), signer), verifier())).toMatchObject({
      status: 'error',
      type: 'invalid_message',
      path: 'events[0].mode',
    });
  });

  it('refuses a signed body that is not JSON', () => {
    expect(openSignedMessage(signBody('not json', signer), verifier())).toMatchObject({ status: 'error', type: 'invalid_message', path: '' });
  });

  it('refuses a message type the endpoint does not take', () => {
    expect(openSignedMessage(signMessage(INDEX_DELTA, signer), verifier(), ['scan_event_batch'])).toMatchObject({
      status: 'error',
      type: 'invalid_message',
      path: 'type',
    });
  });
});
