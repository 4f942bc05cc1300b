import type { SignedEnvelope } from '../../shared/protocol';
import { fail, ok, type Result } from '../../shared/result';
import type { BridgeReply } from './handleBridgeRequest';

/** The web app's answer to the bridge: a tagged Result that is also the signed envelope. */
export type BridgeResult = Result<{ readonly messageType: string }> & Partial<SignedEnvelope>;

/**
 * Every web-app answer in Docflow is a tagged Result (entry/doPost.ts); the bridge needs the
 * signed envelope { v, ts, nonce, body, sig } at the top level of the JSON. Both fit in one
 * object: the envelope's fields beside `status`. The bridge reads only the envelope's own fields
 * and verifies the signature over ts, nonce and body, so the Result fields do not disturb it; a
 * person reading the web app's log sees the usual status, type and detail.
 */
export function replyAsResult(reply: BridgeReply): BridgeResult {
  const envelope: Partial<SignedEnvelope> = reply.envelope ?? {};
  if (reply.answer.type === 'error') return { ...fail(reply.answer.errorType, reply.answer.detail), ...envelope };
  return { ...ok({ messageType: reply.answer.type }), ...envelope };
}
