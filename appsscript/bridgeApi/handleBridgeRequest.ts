import {
  type ErrorMessage,
  type HmacSha256,
  MIN_SECRET_LENGTH,
  type MessageOf,
  type NonceStore,
  type PrintJobPdf,
  type PrintJobPdfRequest,
  PROTOCOL_VERSION,
  type ProtocolMessage,
  type ProtocolMessageType,
  type SignedEnvelope,
  signBody,
  validateMessageText,
  verifyEnvelope,
} from '../../shared/protocol';
import { messageOf } from '../access/sharingErrors';
import { type LockPort, withLock } from '../platform/lockPort';
import type { LogPort } from '../platform/logPort';

/** What the script answers: a protocol message or a PDF slice. */
export type BridgeAnswer = ProtocolMessage | PrintJobPdf;

/** The answer and its signed envelope (null only when no secret is configured to sign with). */
export interface BridgeReply {
  readonly answer: BridgeAnswer;
  readonly envelope: SignedEnvelope | null;
}

/** The endpoint's handlers by message type; a type without one is refused as not accepted here. */
export interface BridgeHandlers {
  readonly messages: { readonly [T in ProtocolMessageType]?: (message: MessageOf<T>) => BridgeAnswer };
  readonly pdf?: (request: PrintJobPdfRequest) => BridgeAnswer;
}

export interface BridgeEndpointDeps {
  /** BRIDGE_SECRET from Script Properties ('' when unset). */
  readonly secret: string;
  readonly hmac: HmacSha256;
  /** Epoch milliseconds. */
  readonly now: () => number;
  readonly newNonce: () => string;
  readonly nonces: NonceStore;
  /** Held around the nonce check-and-add only. */
  readonly lock: LockPort;
  readonly log: LogPort;
}

const NONCE_LOCK_MS = 10_000;

/**
 * The signed bridge endpoint (doPost route=bridge): verify the envelope (shared/protocol:
 * signature, ±5 min clock window, nonce not seen before — the nonce checked and recorded under
 * the script lock), validate the message, run its handler, and answer with a signed envelope.
 * An unsigned, badly signed, stale or replayed request reaches no handler: it is logged and
 * answered with a signed `error` message, so it changes nothing. Never throws.
 */
export function handleBridgeRequest(raw: string, deps: BridgeEndpointDeps, handlers: BridgeHandlers): BridgeReply {
  if (deps.secret.length < MIN_SECRET_LENGTH) {
    deps.log.error('Bridge request refused: BRIDGE_SECRET is not configured');
    // Nothing to sign with: an unsigned error the bridge reports as a bad answer.
    return { answer: errorMessage('misconfigured', 'Общий секрет моста не настроен в скрипте. Администратору: задайте BRIDGE_SECRET (Docflow → Настройка).'), envelope: null };
  }
  const verified = withLock(deps.lock, NONCE_LOCK_MS, () => verifyEnvelope(raw, deps));
  const envelope = verified.status === 'error' ? verified : verified.response;
  if (envelope.status === 'error') {
    deps.log.warn('Bridge request refused', { type: envelope.type, detail: envelope.detail, bytes: raw.length });
    return signed(deps, errorMessage(envelope.type, envelope.detail));
  }
  try {
    return signed(deps, dispatch(envelope.response.body, handlers, deps.log));
  } catch (error) {
    deps.log.error('Bridge handler failed', { error: messageOf(error), stack: error instanceof Error ? error.stack : undefined });
    return signed(deps, errorMessage('internal_error', 'Скрипт не смог обработать запрос моста; подробности в журнале выполнения Docflow. Мост повторит запрос позже.'));
  }
}

function dispatch(body: string, handlers: BridgeHandlers, log: LogPort): BridgeAnswer {
  const accepted = Object.keys(handlers.messages) as ProtocolMessageType[];
  if (handlers.pdf !== undefined) accepted.push('print_job_pdf_request');
  const message = validateMessageText(body, accepted);
  if (message.status === 'error') return refuse(log, message.type, message.detail);
  if (message.response.type === 'print_job_pdf_request' && handlers.pdf !== undefined) return handlers.pdf(message.response);
  return runHandler(handlers, message.response);
}

function runHandler<T extends ProtocolMessageType>(handlers: BridgeHandlers, message: MessageOf<T>): BridgeAnswer {
  const handler = handlers.messages[message.type as T] as ((value: MessageOf<T>) => BridgeAnswer) | undefined;
  if (handler === undefined) return errorMessage('invalid_message', `Сообщение «${message.type}» здесь не принимается.`);
  return handler(message);
}

function refuse(log: LogPort, type: string, detail: string): ErrorMessage {
  log.warn('Bridge message refused', { type, detail });
  return errorMessage(type, detail);
}

export function errorMessage(errorType: string, detail: string): ErrorMessage {
  return { type: 'error', version: PROTOCOL_VERSION, errorType, detail };
}

function signed(deps: BridgeEndpointDeps, answer: BridgeAnswer): BridgeReply {
  return { answer, envelope: signBody(JSON.stringify(answer), { secret: deps.secret, hmac: deps.hmac, now: deps.now, newNonce: deps.newNonce }) };
}
