import { createHmac, randomUUID } from 'node:crypto';
import {
  encodeEnvelope,
  type HmacSha256,
  type MessageOf,
  type NonceStore,
  openSignedMessage,
  type ProtocolMessage,
  type ProtocolMessageType,
  signMessage,
} from '../../shared/protocol';
import { fail, ok, type Result } from '../../shared/result';
import type { EventBus } from '../core/eventBus';
import type { Logger } from '../core/logger';
import type { LinkState } from './linkState';
import { readBodyLimited } from './readBodyLimited';

/**
 * - `script_unreachable`: no answer (network, DNS, timeout, Google's 5xx or 429): try again later;
 * - `script_bad_response`: an answer that is not a genuine protocol message (wrong secret, an
 *   HTML error page, a validation failure): try again later, and the kiosk says what is wrong;
 * - `script_refused`: a genuine `error` message from the script.
 */
export type ScriptError = 'script_unreachable' | 'script_bad_response' | 'script_refused';

export interface ScriptClientDeps {
  readonly scriptUrl: string;
  readonly secret: string;
  readonly timeoutMs: number;
  readonly nonces: NonceStore;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly now?: () => number;
  readonly fetch?: typeof fetch;
}

/** Answers larger than this are not read: the biggest legitimate one (an index delta) is far smaller. */
const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

/** Node's HMAC-SHA256 for shared/protocol's signer and verifier. */
export const nodeHmacSha256: HmacSha256 = (key, message) => createHmac('sha256', key).update(message, 'utf8').digest();

/**
 * The only way the bridge talks to the script: every request is a signed envelope POSTed to the
 * web app URL, every answer must be a signed envelope carrying one of the expected message types
 * (verified, fresh, not replayed) or a protocol `error`.
 *
 * Apps Script answers a POST with 302 to script.googleusercontent.com, whose content must be
 * fetched with GET; fetch's redirect handling does exactly that for 302 ("if request's method
 * is POST, set it to GET", https://fetch.spec.whatwg.org/#http-redirect-fetch).
 */
export class ScriptClient {
  private link: LinkState = { state: 'unknown', detail: 'Связь с Google ещё не проверялась.', lastSuccessAt: null, retryAt: null };
  private readonly now: () => number;
  private readonly fetch: typeof fetch;

  constructor(private readonly deps: ScriptClientDeps) {
    this.now = deps.now ?? Date.now;
    this.fetch = deps.fetch ?? fetch;
  }

  get linkState(): LinkState {
    return this.link;
  }

  async exchange<T extends ProtocolMessageType>(message: ProtocolMessage, expect: readonly T[]): Promise<Result<MessageOf<T>, ScriptError>> {
    const result = await this.send(message, expect);
    if (result.status === 'success' || result.type === 'script_refused') this.markOnline();
    else this.markOffline(result.detail);
    return result;
  }

  /** Tells the kiosk when the next attempt is due while the link is down. */
  noteRetry(at: number): void {
    if (this.link.state !== 'offline') return;
    this.setLink({ ...this.link, retryAt: new Date(at).toISOString() });
  }

  private async send<T extends ProtocolMessageType>(message: ProtocolMessage, expect: readonly T[]): Promise<Result<MessageOf<T>, ScriptError>> {
    const envelope = signMessage(message, { secret: this.deps.secret, hmac: nodeHmacSha256, now: this.now, newNonce: randomUUID });
    let response: Response;
    try {
      response = await this.fetch(this.deps.scriptUrl, {
        method: 'POST',
        // text/plain is what Apps Script's doPost reads as e.postData.contents without fuss.
        headers: { 'content-type': 'text/plain;charset=utf-8' },
        body: encodeEnvelope(envelope),
        redirect: 'follow',
        signal: AbortSignal.timeout(this.deps.timeoutMs),
      });
    } catch (error) {
      return fail('script_unreachable', `Google не отвечает (${describeFetchError(error)}). Сканы сохранены и уйдут, когда связь вернётся.`);
    }
    let text: string;
    try {
      text = await readBodyLimited(response, MAX_RESPONSE_BYTES);
    } catch (error) {
      return fail('script_unreachable', `Ответ Google оборвался (${describeFetchError(error)}). Попробуем ещё раз.`);
    }
    if (response.status >= 500 || response.status === 429 || response.status === 408) {
      return fail('script_unreachable', `Google ответил ошибкой HTTP ${response.status}. Попробуем ещё раз позже.`);
    }
    if (!response.ok) {
      this.deps.logger.warn({ status: response.status, body: text.slice(0, 500) }, 'script answered with an HTTP error');
      return fail('script_bad_response', `Скрипт ответил ошибкой HTTP ${response.status}: проверьте адрес скрипта (scriptUrl) в настройках моста.`);
    }
    const opened = openSignedMessage(text, { secret: this.deps.secret, hmac: nodeHmacSha256, now: this.now, nonces: this.deps.nonces }, [
      ...expect,
      'error',
    ]);
    if (opened.status === 'error') {
      this.deps.logger.warn({ type: opened.type, detail: opened.detail, body: text.slice(0, 300) }, 'script answer refused');
      return fail('script_bad_response', `Ответ скрипта не принят: ${opened.detail}`);
    }
    const answer = opened.response;
    if (answer.type === 'error') {
      this.deps.logger.warn({ errorType: answer.errorType, detail: answer.detail }, 'script refused the request');
      return fail('script_refused', answer.detail);
    }
    return ok(answer as MessageOf<T>);
  }

  private markOnline(): void {
    if (this.link.state === 'online' && this.link.retryAt === null) {
      this.link = { ...this.link, lastSuccessAt: new Date(this.now()).toISOString() };
      return;
    }
    this.setLink({ state: 'online', detail: 'Связь с Google есть.', lastSuccessAt: new Date(this.now()).toISOString(), retryAt: null });
  }

  private markOffline(detail: string): void {
    if (this.link.state === 'offline' && this.link.detail === detail) return;
    this.setLink({ state: 'offline', detail, lastSuccessAt: this.link.lastSuccessAt, retryAt: null });
  }

  private setLink(link: LinkState): void {
    this.link = link;
    this.deps.bus.emit('linkChanged', link);
  }
}

function describeFetchError(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'истекло время ожидания';
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof Error) return `${error.message}: ${cause.message}`;
    return error.message;
  }
  return String(error);
}
