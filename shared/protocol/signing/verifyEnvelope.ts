import { fail, ok, type Result } from '../../result';
import { constantTimeEqual } from '../../text/constantTimeEqual';
import { parseIsoTimestamp } from '../../text/isoTimestamp';
import { ENVELOPE_VERSION, MAX_BODY_LENGTH, NONCE_PATTERN, signingInput } from './envelope';
import type { HmacSha256 } from './hmac';
import { hmacSha256Hex } from './hmac';
import type { NonceStore } from './nonceStore';
import { MIN_SECRET_LENGTH } from './signEnvelope';

export type EnvelopeError = 'malformed_envelope' | 'bad_signature' | 'stale_timestamp' | 'replayed_nonce' | 'misconfigured';

/** How far a timestamp may be from the verifier's clock, in either direction, by default. */
export const DEFAULT_MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

export interface VerifierDeps {
  readonly secret: string;
  readonly hmac: HmacSha256;
  /** Epoch milliseconds. */
  readonly now: () => number;
  readonly nonces: NonceStore;
  /** Default DEFAULT_MAX_CLOCK_SKEW_MS (5 minutes), applied to the past and to the future. */
  readonly maxClockSkewMs?: number;
}

export interface VerifiedEnvelope {
  /** The envelope's time in epoch milliseconds. */
  readonly timestamp: number;
  readonly nonce: string;
  /** The signed body text, now safe to parse. */
  readonly body: string;
}

/**
 * Checks an envelope and, if it is genuine and fresh, records its nonce. Order of the checks:
 * shape → signature → timestamp → nonce. The signature comes before anything that depends on the
 * sender's claims, so an unauthenticated request learns nothing beyond "bad signature" and cannot
 * fill the nonce store; the nonce is recorded only for an envelope that passed every check.
 *
 * `raw` is the request body as text (Apps Script's e.postData.contents) or already-decoded JSON.
 */
export function verifyEnvelope(raw: unknown, deps: VerifierDeps): Result<VerifiedEnvelope, EnvelopeError> {
  if (deps.secret.length < MIN_SECRET_LENGTH) {
    return fail('misconfigured', 'Общий секрет моста не настроен или слишком короткий: проверьте настройки скрипта и моста.');
  }
  const shape = readEnvelope(raw);
  if (shape.status === 'error') return shape;
  const { ts, timestamp, nonce, body, sig } = shape.response;

  const expected = hmacSha256Hex(deps.hmac, deps.secret, signingInput(ts, nonce, body));
  if (!constantTimeEqual(expected, sig.toLowerCase())) {
    return fail('bad_signature', 'Подпись запроса не сходится: у моста и скрипта разные секреты, или запрос изменён в пути.');
  }

  const maxSkew = deps.maxClockSkewMs ?? DEFAULT_MAX_CLOCK_SKEW_MS;
  const now = deps.now();
  if (Math.abs(now - timestamp) > maxSkew) {
    return fail(
      'stale_timestamp',
      `Время запроса отличается от времени сервера на ${Math.round(Math.abs(now - timestamp) / 1000)} с (допустимо ${Math.round(maxSkew / 1000)} с): проверьте часы компьютера моста.`,
    );
  }

  if (deps.nonces.has(nonce)) {
    return fail('replayed_nonce', 'Этот запрос уже был принят: повторная отправка того же подписанного запроса отклонена.');
  }
  // Remember the nonce for as long as the same envelope would still pass the timestamp check.
  deps.nonces.add(nonce, timestamp + maxSkew);
  return ok({ timestamp, nonce, body });
}

interface EnvelopeFields {
  readonly ts: number | string;
  readonly timestamp: number;
  readonly nonce: string;
  readonly body: string;
  readonly sig: string;
}

function readEnvelope(raw: unknown): Result<EnvelopeFields, 'malformed_envelope'> {
  let value = raw;
  if (typeof raw === 'string') {
    if (raw.length > MAX_BODY_LENGTH * 2) return malformed('запрос слишком большой');
    try {
      value = JSON.parse(raw);
    } catch {
      return malformed('тело запроса — не JSON');
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return malformed('ожидался объект { v, ts, nonce, body, sig }');
  const envelope = value as Readonly<Record<string, unknown>>;
  const own = (key: string): unknown => (Object.prototype.hasOwnProperty.call(envelope, key) ? envelope[key] : undefined);

  if (own('v') !== ENVELOPE_VERSION) return malformed(`поле v должно быть ${ENVELOPE_VERSION}`);
  const ts = own('ts');
  const timestamp = readTimestamp(ts);
  if (timestamp === undefined || (typeof ts !== 'number' && typeof ts !== 'string')) {
    return malformed('поле ts должно быть временем в миллисекундах или строкой ISO 8601 с часовым поясом');
  }
  const nonce = own('nonce');
  if (typeof nonce !== 'string' || !NONCE_PATTERN.test(nonce)) return malformed('поле nonce должно быть строкой из 16–128 символов [A-Za-z0-9_-]');
  const body = own('body');
  if (typeof body !== 'string') return malformed('поле body должно быть строкой с JSON сообщения');
  if (body.length > MAX_BODY_LENGTH) return malformed(`поле body длиннее ${MAX_BODY_LENGTH} символов`);
  const sig = own('sig');
  if (typeof sig !== 'string' || !/^[0-9a-fA-F]{64}$/.test(sig)) return malformed('поле sig должно быть HMAC-SHA256 в шестнадцатеричном виде (64 символа)');
  return ok({ ts, timestamp, nonce, body, sig });
}

/** Epoch milliseconds from a numeric `ts` (a non-negative integer) or an ISO `ts` with a zone. */
function readTimestamp(ts: unknown): number | undefined {
  if (typeof ts === 'number') return Number.isSafeInteger(ts) && ts >= 0 ? ts : undefined;
  if (typeof ts === 'string' && ts.length <= 40) return parseIsoTimestamp(ts);
  return undefined;
}

function malformed(what: string): Result<never, 'malformed_envelope'> {
  return fail('malformed_envelope', `Некорректный подписанный запрос: ${what}.`);
}
