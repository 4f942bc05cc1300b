/**
 * Compares two secrets (HMAC signatures, Bitrix24 application tokens) without returning early
 * at the first differing character, so the time taken does not tell an attacker how much of a
 * guess was right. The length is not secret (a hex HMAC-SHA256 is always 64 characters), but a
 * length mismatch still walks the longer string and then fails.
 *
 * JavaScript engines give no hard timing guarantee; this is the usual best effort (the same
 * shape as Node's crypto.timingSafeEqual, which shared/ cannot use: it must run in Apps Script).
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length);
  let difference = a.length ^ b.length;
  for (let i = 0; i < length; i += 1) {
    // charCodeAt past the end is NaN; `| 0` turns it into 0 so the loop body stays uniform.
    difference |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  }
  return difference === 0;
}
