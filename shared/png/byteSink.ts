/**
 * A growable byte buffer with a bit writer on top, for building deflate streams and PNG files
 * without knowing their size in advance. Deflate packs bits starting from the least
 * significant bit of each byte (RFC 1951, section 3.1.1); `writeBits` follows that order.
 */
export class ByteSink {
  private buffer: Uint8Array;
  private length = 0;
  /** Bits not yet flushed to `buffer`, least significant first. */
  private bitBuffer = 0;
  private bitCount = 0;

  constructor(initialCapacity = 1024) {
    this.buffer = new Uint8Array(Math.max(16, initialCapacity));
  }

  /** Bytes written so far (pending bits excluded). */
  get byteLength(): number {
    return this.length;
  }

  writeByte(value: number): void {
    this.ensure(1);
    this.buffer[this.length++] = value & 0xff;
  }

  writeBytes(bytes: Uint8Array, start = 0, end = bytes.length): void {
    this.ensure(end - start);
    this.buffer.set(bytes.subarray(start, end), this.length);
    this.length += end - start;
  }

  writeUint32BigEndian(value: number): void {
    this.writeByte(value >>> 24);
    this.writeByte(value >>> 16);
    this.writeByte(value >>> 8);
    this.writeByte(value);
  }

  writeUint16LittleEndian(value: number): void {
    this.writeByte(value);
    this.writeByte(value >>> 8);
  }

  /** Appends the `count` (0..24) low bits of `value`, least significant bit first. */
  writeBits(value: number, count: number): void {
    this.bitBuffer |= (value & ((1 << count) - 1)) << this.bitCount;
    this.bitCount += count;
    while (this.bitCount >= 8) {
      this.writeByte(this.bitBuffer);
      this.bitBuffer >>>= 8;
      this.bitCount -= 8;
    }
  }

  /** Pads the pending bits with zeros up to the next byte boundary. */
  alignToByte(): void {
    if (this.bitCount > 0) this.writeBits(0, 8 - this.bitCount);
  }

  /** A copy of everything written; pending bits must have been aligned first. */
  toBytes(): Uint8Array {
    if (this.bitCount !== 0) throw new Error('ByteSink.toBytes: unaligned bits pending');
    return this.buffer.slice(0, this.length);
  }

  private ensure(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.buffer.length) return;
    let capacity = this.buffer.length * 2;
    while (capacity < needed) capacity *= 2;
    const grown = new Uint8Array(capacity);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}
