import type { ByteSink } from './byteSink';
import {
  END_OF_BLOCK,
  FIXED_DISTANCE_CODES,
  FIXED_LITERAL_CODES,
  LENGTH_SYMBOLS,
  MAX_DISTANCE,
  MAX_MATCH,
  MIN_MATCH,
  distanceSymbol,
} from './deflateTables';

const HASH_BITS = 15;
const HASH_SIZE = 1 << HASH_BITS;
const WINDOW_MASK = MAX_DISTANCE - 1;
/**
 * How many earlier positions with the same 3-byte hash are tried per match. Barcode and label
 * rows repeat exactly, so the first candidate usually gives the longest match already.
 */
const MAX_CHAIN = 64;

/**
 * Writes `data` as one final deflate block with the fixed Huffman code (BTYPE=01,
 * RFC 1951, section 3.2.6), after a greedy LZ77 pass over a 32 KiB window. A fixed-code
 * block has no size limit and needs no code tables in the stream, which suits images made of
 * long runs and repeated rows: a barcode row becomes a handful of length/distance pairs.
 */
export function deflateFixed(data: Uint8Array, sink: ByteSink): void {
  sink.writeBits(1, 1); // BFINAL
  sink.writeBits(0b01, 2); // BTYPE: fixed Huffman codes

  const head = new Int32Array(HASH_SIZE).fill(-1);
  const previous = new Int32Array(MAX_DISTANCE);
  const n = data.length;

  const insert = (position: number): void => {
    if (position + MIN_MATCH > n) return;
    const hash = hashAt(data, position);
    previous[position & WINDOW_MASK] = head[hash]!;
    head[hash] = position;
  };

  let i = 0;
  while (i < n) {
    let bestLength = 0;
    let bestDistance = 0;
    if (i + MIN_MATCH <= n) {
      const limit = Math.min(MAX_MATCH, n - i);
      let candidate = head[hashAt(data, i)]!;
      // Chain entries only point backwards, so the walk ends; positions are checked before
      // their `previous` slot could have been reused by a newer position.
      for (let chain = 0; candidate >= 0 && i - candidate <= MAX_DISTANCE && chain < MAX_CHAIN; chain++) {
        let length = 0;
        while (length < limit && data[candidate + length] === data[i + length]) length++;
        if (length > bestLength) {
          bestLength = length;
          bestDistance = i - candidate;
          if (length === limit) break;
        }
        candidate = previous[candidate & WINDOW_MASK]!;
      }
    }

    if (bestLength >= MIN_MATCH) {
      writeMatch(sink, bestLength, bestDistance);
      for (let k = 0; k < bestLength; k++) insert(i + k);
      i += bestLength;
    } else {
      writeLiteral(sink, data[i]!);
      insert(i);
      i++;
    }
  }
  writeLiteral(sink, END_OF_BLOCK);
}

function hashAt(data: Uint8Array, position: number): number {
  return ((data[position]! << 10) ^ (data[position + 1]! << 5) ^ data[position + 2]!) & (HASH_SIZE - 1);
}

function writeLiteral(sink: ByteSink, symbol: number): void {
  const [code, bits] = FIXED_LITERAL_CODES[symbol]!;
  sink.writeBits(code, bits);
}

function writeMatch(sink: ByteSink, length: number, distance: number): void {
  const lengthSymbol = LENGTH_SYMBOLS[length]!;
  writeLiteral(sink, lengthSymbol.symbol);
  sink.writeBits(lengthSymbol.extraValue, lengthSymbol.extraBits);
  const distanceCode = distanceSymbol(distance);
  sink.writeBits(FIXED_DISTANCE_CODES[distanceCode.symbol]!, 5);
  sink.writeBits(distanceCode.extraValue, distanceCode.extraBits);
}
