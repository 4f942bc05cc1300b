import type { ProtocolMessage } from '../messages/protocolMessage';
import { ENVELOPE_VERSION, MAX_BODY_LENGTH, NONCE_PATTERN, type SignedEnvelope, signingInput } from './envelope';
import { type HmacSha256, hmacSha256Hex } from './hmac';

/** The shared secret lives in Script Properties and in the bridge's config; it is never sent. */
export const MIN_SECRET_LENGTH = 16;

export interface SignerDeps {
  readonly secret: string;
  readonly hmac: HmacSha256;
  /** Epoch milliseconds. */
  readonly now: () => number;
  /** A fresh random nonce per envelope (crypto.randomUUID() on the bridge, Utilities.getUuid() in Apps Script). */
  readonly newNonce: () => string;
}

/** Wraps a protocol message: the body is its JSON text, signed as sent. */
export function signMessage(message: ProtocolMessage, deps: SignerDeps): SignedEnvelope {
  return signBody(JSON.stringify(message), deps);
}

/**
 * Signs an already-serialised body. Misconfiguration (a short secret, a nonce generator that
 * returns something unusable, a clock that is not an integer) is a bug in the caller, so it
 * throws rather than producing an envelope the other side will refuse.
 */
export function signBody(body: string, deps: SignerDeps): SignedEnvelope {
  if (deps.secret.length < MIN_SECRET_LENGTH) throw new Error(`The shared secret must be at least ${MIN_SECRET_LENGTH} characters`);
  if (body.length > MAX_BODY_LENGTH) throw new Error(`The body is longer than ${MAX_BODY_LENGTH} characters; send it in smaller parts`);
  const ts = deps.now();
  if (!Number.isSafeInteger(ts) || ts < 0) throw new Error(`The clock returned ${ts}, not epoch milliseconds`);
  const nonce = deps.newNonce();
  if (!NONCE_PATTERN.test(nonce)) throw new Error('The nonce generator returned a value that is not 16–128 URL-safe characters');
  const sig = hmacSha256Hex(deps.hmac, deps.secret, signingInput(ts, nonce, body));
  return { v: ENVELOPE_VERSION, ts, nonce, body, sig };
}

/** The text to POST. */
export function encodeEnvelope(envelope: SignedEnvelope): string {
  return JSON.stringify(envelope);
}
