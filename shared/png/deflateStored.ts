import type { ByteSink } from './byteSink';

/** A stored block holds at most 65 535 bytes: LEN is 16 bits (RFC 1951, section 3.2.4). */
const MAX_STORED_BLOCK = 65_535;

/**
 * Writes `data` as deflate stored (uncompressed, BTYPE=00) blocks, the last one marked final.
 * Empty input still needs one final block, of length zero.
 */
export function deflateStored(data: Uint8Array, sink: ByteSink): void {
  let offset = 0;
  do {
    const end = Math.min(offset + MAX_STORED_BLOCK, data.length);
    const final = end === data.length;
    sink.writeBits(final ? 1 : 0, 1); // BFINAL
    sink.writeBits(0b00, 2); // BTYPE: no compression
    sink.alignToByte();
    const length = end - offset;
    sink.writeUint16LittleEndian(length);
    sink.writeUint16LittleEndian(~length & 0xffff);
    sink.writeBytes(data, offset, end);
    offset = end;
  } while (offset < data.length);
}

/** How many bytes `deflateStored` writes for `length` input bytes (headers included). */
export function storedDeflateSize(length: number): number {
  const blocks = Math.max(1, Math.ceil(length / MAX_STORED_BLOCK));
  return length + blocks * 5;
}
