import { ByteSink } from './byteSink';
import { crc32 } from './crc32';

/** Every PNG file starts with these eight bytes (https://www.w3.org/TR/png-3/#5PNG-file-signature). */
export const PNG_SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngChunk {
  /** Four ASCII letters, e.g. `IHDR`. */
  readonly type: string;
  readonly data: Uint8Array;
}

/**
 * The signature followed by each chunk as length (4 bytes, big-endian), type, data, and the
 * CRC-32 of type and data (https://www.w3.org/TR/png-3/#5Chunk-layout).
 */
export function assemblePng(chunks: readonly PngChunk[]): Uint8Array {
  const total = chunks.reduce((sum, chunk) => sum + 12 + chunk.data.length, PNG_SIGNATURE.length);
  const sink = new ByteSink(total);
  sink.writeBytes(PNG_SIGNATURE);
  for (const chunk of chunks) {
    const type = asciiBytes(chunk.type);
    sink.writeUint32BigEndian(chunk.data.length);
    sink.writeBytes(type);
    sink.writeBytes(chunk.data);
    sink.writeUint32BigEndian(crc32(chunk.data, crc32(type)));
  }
  return sink.toBytes();
}

function asciiBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** Grayscale (colour type 0) IHDR data: no interlace, the only compression and filter method 0. */
export function grayscaleHeader(width: number, height: number, bitDepth: 1 | 8): Uint8Array {
  const sink = new ByteSink(13);
  sink.writeUint32BigEndian(width);
  sink.writeUint32BigEndian(height);
  sink.writeByte(bitDepth);
  sink.writeByte(0); // colour type: grayscale
  sink.writeByte(0); // compression method: deflate
  sink.writeByte(0); // filter method: adaptive, five filter types
  sink.writeByte(0); // interlace method: none
  return sink.toBytes();
}
