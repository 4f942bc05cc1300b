/**
 * The fixed tables of deflate (RFC 1951, section 3.2.5): length symbols 257..285 and distance
 * codes 0..29 with their base values and extra bits, and the fixed Huffman code of
 * section 3.2.6. Huffman codes are stored bit-reversed, ready for an LSB-first bit writer,
 * because deflate sends Huffman codes starting from their most significant bit.
 */
const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193,
  12289, 16385, 24577,
];
const DISTANCE_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];

export const MIN_MATCH = 3;
export const MAX_MATCH = 258;
export const MAX_DISTANCE = 32_768;
export const END_OF_BLOCK = 256;

function reverseBits(code: number, length: number): number {
  let reversed = 0;
  for (let i = 0; i < length; i++) {
    reversed = (reversed << 1) | (code & 1);
    code >>>= 1;
  }
  return reversed;
}

/** Fixed literal/length code of symbol 0..287: [reversed code, bit length]. */
export const FIXED_LITERAL_CODES: ReadonlyArray<readonly [number, number]> = Array.from({ length: 288 }, (_, symbol) => {
  if (symbol < 144) return [reverseBits(0x30 + symbol, 8), 8] as const;
  if (symbol < 256) return [reverseBits(0x190 + symbol - 144, 9), 9] as const;
  if (symbol < 280) return [reverseBits(symbol - 256, 7), 7] as const;
  return [reverseBits(0xc0 + symbol - 280, 8), 8] as const;
});

/** Fixed distance codes are plain 5-bit numbers, sent reversed like any Huffman code. */
export const FIXED_DISTANCE_CODES: readonly number[] = Array.from({ length: 30 }, (_, code) => reverseBits(code, 5));

export interface SymbolWithExtra {
  readonly symbol: number;
  readonly extraBits: number;
  readonly extraValue: number;
}

/** Indexed by match length 3..258 (entries 0..2 are unused): length symbol 257..285 with its extra bits. */
export const LENGTH_SYMBOLS: readonly SymbolWithExtra[] = buildLengthSymbols();

function buildLengthSymbols(): SymbolWithExtra[] {
  const table: SymbolWithExtra[] = [];
  for (let length = 0; length <= MAX_MATCH; length++) {
    let index = 0;
    // Length 258 has its own symbol (285), although 227 + 31 would reach it too.
    if (length === MAX_MATCH) index = LENGTH_BASE.length - 1;
    else while (index + 1 < LENGTH_BASE.length - 1 && LENGTH_BASE[index + 1]! <= length) index++;
    table.push({ symbol: 257 + index, extraBits: LENGTH_EXTRA[index]!, extraValue: length - LENGTH_BASE[index]! });
  }
  return table;
}

/** Distance 1..32768 → distance code 0..29 with its extra bits. */
export function distanceSymbol(distance: number): SymbolWithExtra {
  let index = DISTANCE_BASE.length - 1;
  while (DISTANCE_BASE[index]! > distance) index--;
  return { symbol: index, extraBits: DISTANCE_EXTRA[index]!, extraValue: distance - DISTANCE_BASE[index]! };
}
