import { createHmac, randomUUID } from 'node:crypto';
import type { HmacSha256 } from '../../../../shared/protocol';

/** The bridge's adapter: Node's crypto, unsigned bytes in a Buffer. */
export const nodeHmac: HmacSha256 = (key, message) => createHmac('sha256', key).update(message, 'utf8').digest();

/**
 * What Apps Script's Utilities.computeHmacSha256Signature(message, key, Utilities.Charset.UTF_8)
 * returns: the same MAC as Java bytes, i.e. a plain array of signed integers -128…127.
 */
export const appsScriptLikeHmac: HmacSha256 = (key, message) => Array.from(nodeHmac(key, message), (byte) => (byte > 127 ? byte - 256 : byte));

export const SECRET = 'docflow-shared-secret-0123456789';

export function newNonce(): string {
  return randomUUID();
}
