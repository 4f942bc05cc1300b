import { normalizeEmail } from '../../shared/approval';
import { encodeEnvelope, type HmacSha256, type NonceStore, signBody, verifyEnvelope } from '../../shared/protocol';
import { fail, ok, type Result } from '../../shared/result';
import { readStaffAction, type StaffAction } from './staffAction';

/**
 * Why card actions travel through the web app. A sidebar's server function runs as the person
 * using it, with that person's Drive rights; but the lifecycle changes sharing and sets
 * owner-restricted content locks, which only the documents' owner may do
 * (https://developers.google.com/drive/api/guides/file-locking), and an approver holds only a
 * commenter's role. «Создать приложение» generates: it copies a template from the Templates
 * folder, which managers cannot open, into the Documents folder and writes the registers, which
 * staff only read. The web app runs as the deploying account, the owner of every document
 * Docflow generates and of those folders. So the sidebar function signs { action, actor } —
 * actor being the execution's authenticated user, Session.getActiveUser() — with a secret only
 * the script can read (STAFF_SECRET in Script Properties), and POSTs it to its own web app (route=staff),
 * which verifies it exactly as a bridge request (shared/protocol: HMAC, ±5 min, single-use
 * nonce) and acts for that actor. Nobody can claim to be someone else without the secret.
 */
export interface StaffSigner {
  readonly secret: string;
  readonly hmac: HmacSha256;
  readonly now: () => number;
  readonly newNonce: () => string;
}

export interface StaffVerifier {
  readonly secret: string;
  readonly hmac: HmacSha256;
  readonly now: () => number;
  readonly nonces: NonceStore;
}

export interface SignedStaffRequest {
  readonly actor: string;
  readonly request: StaffAction;
}

export function signStaffRequest(signer: StaffSigner, actor: string, request: StaffAction): string {
  return encodeEnvelope(signBody(JSON.stringify({ ...request, actor: normalizeEmail(actor) }), signer));
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** Verifies and reads a delegated request; the caller holds the script lock (the nonce check-and-add). */
export function openStaffRequest(raw: string, verifier: StaffVerifier): Result<SignedStaffRequest, string> {
  const envelope = verifyEnvelope(raw, verifier);
  if (envelope.status === 'error') return envelope;
  let body: unknown;
  try {
    body = JSON.parse(envelope.response.body);
  } catch {
    return fail('invalid_input', 'Запрос действия не разбирается.');
  }
  const actor = typeof body === 'object' && body !== null ? (body as { actor?: unknown }).actor : undefined;
  if (typeof actor !== 'string' || !EMAIL.test(actor)) return fail('invalid_input', 'В запросе действия не указан пользователь.');
  const request = readStaffAction(body);
  if (request.status === 'error') return request;
  return ok({ actor: normalizeEmail(actor), request: request.response });
}
