import { fail, type Failure, ok, type Success } from '../../result';
import type { ProtocolMessage, ProtocolMessageType } from '../messages/protocolMessage';
import { type MessageFailure, validateMessageText } from '../validation/validateMessageText';
import { type EnvelopeError, type VerifierDeps, verifyEnvelope } from './verifyEnvelope';

export type OpenFailure = Failure<EnvelopeError> | MessageFailure;

/**
 * The whole receiving side in one call: verify the envelope, then parse and validate the body.
 * A failure is either an envelope error (answer 401-like: do not trust anything in it) or a
 * message error with the path of the first bad field (the sender is genuine but wrong).
 */
export function openSignedMessage(
  raw: unknown,
  deps: VerifierDeps,
  accepted?: readonly ProtocolMessageType[],
): Success<ProtocolMessage> | OpenFailure {
  const verified = verifyEnvelope(raw, deps);
  if (verified.status === 'error') return fail(verified.type, verified.detail);
  const message = validateMessageText(verified.response.body, accepted);
  return message.status === 'error' ? message : ok(message.response);
}
