import { adler32 } from './adler32';
import { ByteSink } from './byteSink';
import { deflateFixed } from './deflateFixed';
import { deflateStored, storedDeflateSize } from './deflateStored';

/**
 * `fixed`: LZ77 + fixed Huffman code; `stored`: no compression; `auto`: fixed, unless stored
 * blocks come out smaller (noise-like data), which bounds the output at input + ~0.01 %.
 */
export type DeflateMethod = 'auto' | 'fixed' | 'stored';

/** CMF: compression method 8 (deflate) with a 32 KiB window, CINFO = 7 (RFC 1950, section 2.2). */
const CMF = 0x78;

/**
 * `data` as a zlib stream (RFC 1950): a two-byte header, deflate data (RFC 1951), and the
 * Adler-32 of the uncompressed data, big-endian. This is what a PNG's IDAT chunks carry.
 */
export function zlibCompress(data: Uint8Array, method: DeflateMethod = 'auto'): Uint8Array {
  if (method !== 'stored') {
    const fixed = zlibStream(data, 'fixed');
    if (method === 'fixed' || fixed.length <= storedDeflateSize(data.length) + 6) return fixed;
  }
  return zlibStream(data, 'stored');
}

function zlibStream(data: Uint8Array, method: 'fixed' | 'stored'): Uint8Array {
  const sink = new ByteSink(method === 'stored' ? storedDeflateSize(data.length) + 6 : 256 + (data.length >>> 3));
  // FLEVEL is informational only (RFC 1950): 0 = fastest for stored, 1 = fast for fixed.
  const flevel = method === 'stored' ? 0 : 1;
  let flg = flevel << 6;
  flg += (31 - ((CMF * 256 + flg) % 31)) % 31; // FCHECK makes CMF·256 + FLG a multiple of 31
  sink.writeByte(CMF);
  sink.writeByte(flg);
  if (method === 'fixed') deflateFixed(data, sink);
  else deflateStored(data, sink);
  sink.alignToByte();
  sink.writeUint32BigEndian(adler32(data));
  return sink.toBytes();
}
