import type { HmacSha256 } from '../../shared/protocol';
import { CONFIG_KEYS } from '../config/configKeys';
import { appsLifecyclePorts } from '../audit/appsLifecyclePorts';
import { appsLog, appsProperties, appsScriptCache, appsScriptLock } from '../platform/apps/appsServices';
import { CacheNonceStore } from './cacheNonceStore';
import { errorMessage, type BridgeHandlers, handleBridgeRequest } from './handleBridgeRequest';
import { registersBridgeHandlers } from '../correspondence/bridgeHandlers';
import { printJobHandlers } from './printJobHandlers';
import { type BridgeResult, replyAsResult } from './replyAsResult';

/** Apps Script's HMAC: value first, key second; Java-signed bytes (shared/protocol/signing/hmac.ts). */
export const appsHmacSha256: HmacSha256 = (key, message) => Utilities.computeHmacSha256Signature(message, key, Utilities.Charset.UTF_8);

/**
 * doPost route=bridge: the office bridge's signed requests (e.postData.contents is the envelope
 * text). BRIDGE_SECRET comes from Script Properties; nonces live in the script cache. Never throws.
 */
export function bridgeRoute(body: string): BridgeResult {
  try {
    const secret = appsProperties().get(CONFIG_KEYS.bridgeSecret) ?? '';
    const deps = {
      secret,
      hmac: appsHmacSha256,
      now: () => Date.now(),
      newNonce: () => Utilities.getUuid(),
      nonces: new CacheNonceStore(appsScriptCache(), () => Date.now()),
      lock: appsScriptLock(),
      log: appsLog,
    };
    return replyAsResult(handleBridgeRequest(body, deps, bridgeHandlers()));
  } catch (error) {
    appsLog.error('Bridge route failed', { error: String(error), stack: error instanceof Error ? error.stack : undefined });
    return replyAsResult({ answer: errorMessage('internal_error', 'Внутренняя ошибка Docflow; подробности в журнале выполнения.'), envelope: null });
  }
}

/** Every message the bridge may send, with its handler: print jobs (here), scans and the index (the registers feature). */
function bridgeHandlers(): BridgeHandlers {
  const registers = registersBridgeHandlers().messages;
  const ports = appsLifecyclePorts();
  if (ports.status === 'error') {
    const refuse = (): ReturnType<typeof errorMessage> => errorMessage(ports.type, ports.detail);
    return { messages: { print_job_list_request: refuse, print_job_ack: refuse, ...registers }, pdf: refuse };
  }
  const print = printJobHandlers(ports.response);
  return { ...print, messages: { ...print.messages, ...registers } };
}
