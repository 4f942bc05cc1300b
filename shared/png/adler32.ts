/**
 * Adler-32, the checksum that ends a zlib stream (RFC 1950, section 8.2). Sums are reduced
 * modulo 65521 every 5552 bytes, the longest run that cannot overflow 32 bits (as zlib does).
 */
const MOD = 65_521;
const NMAX = 5_552;

/** The Adler-32 of `bytes`; pass the previous result as `adler` to continue over pieces. */
export function adler32(bytes: Uint8Array, adler = 1): number {
  let a = adler & 0xffff;
  let b = (adler >>> 16) & 0xffff;
  let i = 0;
  while (i < bytes.length) {
    const end = Math.min(i + NMAX, bytes.length);
    for (; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= MOD;
    b %= MOD;
  }
  return ((b << 16) | a) >>> 0;
}
