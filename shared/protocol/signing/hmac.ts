/**
 * HMAC-SHA256 as each runtime provides it, passed in so that shared/ stays free of Node and of
 * Google globals. Key and message are strings encoded as UTF-8; the result is the 32-byte MAC.
 *
 *   Node (bridge):  (key, message) => createHmac('sha256', key).update(message, 'utf8').digest()
 *   Apps Script:    (key, message) => Utilities.computeHmacSha256Signature(message, key, Utilities.Charset.UTF_8)
 *
 * Mind the argument order of the Apps Script method (value first, key second), and that it
 * returns Java bytes: signed integers from -128 to 127, not 0–255 — "the bytes array of the
 * signed hexadecimal" (tanaikech, https://gist.github.com/tanaikech/97a2787db7be94180a64e1f4c194d415).
 * `bytesToHex` accepts both forms, so the same signature text comes out of both runtimes.
 */
export type HmacSha256 = (key: string, message: string) => Uint8Array | readonly number[];

const HMAC_SHA256_BYTES = 32;

export function hmacSha256Hex(hmac: HmacSha256, key: string, message: string): string {
  return bytesToHex(hmac(key, message));
}

/**
 * Lower-case hex of a MAC given as unsigned (0–255) or Java-signed (-128–127) bytes. A result of
 * the wrong length or with non-byte values means the adapter is broken, not that a request is
 * bad, so it throws instead of returning a Result.
 */
export function bytesToHex(bytes: Uint8Array | readonly number[]): string {
  if (bytes.length !== HMAC_SHA256_BYTES) {
    throw new Error(`HMAC-SHA256 adapter returned ${bytes.length} bytes instead of ${HMAC_SHA256_BYTES}`);
  }
  let hex = '';
  for (const byte of Array.from(bytes)) {
    if (!Number.isInteger(byte) || byte < -128 || byte > 255) {
      throw new Error(`HMAC-SHA256 adapter returned a non-byte value: ${String(byte)}`);
    }
    hex += (byte & 0xff).toString(16).padStart(2, '0');
  }
  return hex;
}
