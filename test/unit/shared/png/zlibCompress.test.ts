import { inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { zlibCompress, type DeflateMethod } from '../../../../shared/png';

const METHODS: DeflateMethod[] = ['fixed', 'stored', 'auto'];

function inflate(stream: Uint8Array): Uint8Array {
  return new Uint8Array(inflateSync(stream));
}

/** Byte-for-byte equality that reports the first difference (jest's deep equality is slow on 100 KB arrays). */
function expectSameBytes(actual: Uint8Array, expected: Uint8Array): void {
  let firstDifference = -1;
  const common = Math.min(actual.length, expected.length);
  for (let i = 0; i < common && firstDifference < 0; i++) if (actual[i] !== expected[i]) firstDifference = i;
  expect({ length: actual.length, firstDifference }).toEqual({ length: expected.length, firstDifference: -1 });
}

function pseudoRandom(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}

/** Rows like a barcode's: runs of 0x00 and 0xFF, every row the same. */
function barcodeLikeRows(rowBytes: number, rows: number): Uint8Array {
  const row = Uint8Array.from({ length: rowBytes }, (_, i) => (Math.floor(i / 3) % 2 === 0 ? 0x00 : 0xff));
  const out = new Uint8Array(rowBytes * rows);
  for (let y = 0; y < rows; y++) out.set(row, y * rowBytes);
  return out;
}

const SAMPLES: Record<string, Uint8Array> = {
  'no bytes': new Uint8Array(0),
  'one byte': Uint8Array.of(42),
  'exactly one stored block (65 535 bytes)': pseudoRandom(65_535),
  'one byte over a stored block (65 536 bytes)': pseudoRandom(65_536, 7),
  'several stored blocks of noise (200 000 bytes)': pseudoRandom(200_000, 3),
  '100 000 zero bytes (longest matches at distance 1)': new Uint8Array(100_000),
  'barcode-like rows (2000 px wide, 200 rows)': barcodeLikeRows(251, 200),
  'a repeat at exactly the 32 KiB window edge': (() => {
    const head = pseudoRandom(300, 11);
    const out = new Uint8Array(32_768 + 300);
    out.set(head, 0);
    out.set(pseudoRandom(32_468, 12), 300);
    out.set(head, 32_768);
    return out;
  })(),
};

describe('zlibCompress', () => {
  for (const method of METHODS) {
    for (const [name, data] of Object.entries(SAMPLES)) {
      it(`round-trips ${name} through Node's inflate with method "${method}"`, () => {
        expectSameBytes(inflate(zlibCompress(data, method)), data);
      });
    }

    it(`round-trips arbitrary repetitive data with method "${method}"`, () => {
      const chunks = fc.array(fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.constantFrom(Uint8Array.of(0, 0, 0, 0), Uint8Array.of(1, 2, 3))), {
        maxLength: 300,
      });
      const repeated = fc.tuple(chunks, fc.integer({ min: 1, max: 30 })).map(([pieces, times]) => {
        const once = pieces.flatMap((piece) => [...piece]);
        return Uint8Array.from({ length: once.length * times }, (_, i) => once[i % once.length]!);
      });
      fc.assert(
        fc.property(repeated, (data) => {
          expectSameBytes(inflate(zlibCompress(data, method)), data);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('round-trips data built to contain repeats of every match length 3..258', () => {
    const pattern = pseudoRandom(300, 5);
    const parts: number[] = [];
    for (let length = 3; length <= 258; length++) {
      parts.push(...pattern.subarray(0, length), 0xaa, 0x55, length & 0xff);
    }
    const data = Uint8Array.from([...pattern, ...parts]);
    expectSameBytes(inflate(zlibCompress(data, 'fixed')), data);
  });

  it('writes a valid zlib header: deflate with a 32 KiB window, no dictionary, FCHECK correct', () => {
    for (const method of METHODS) {
      const [cmf, flg] = zlibCompress(SAMPLES['one byte']!, method);
      expect(cmf).toBe(0x78);
      expect(((cmf! << 8) | flg!) % 31).toBe(0);
      expect(flg! & 0x20).toBe(0);
    }
  });

  it('compresses barcode-like rows to a small fraction with fixed Huffman codes', () => {
    const data = SAMPLES['barcode-like rows (2000 px wide, 200 rows)']!;
    expect(zlibCompress(data, 'fixed').length).toBeLessThan(data.length / 50);
  });

  it('in "auto" mode falls back to stored blocks for noise, so output never grows past stored size', () => {
    const noise = SAMPLES['several stored blocks of noise (200 000 bytes)']!;
    const auto = zlibCompress(noise, 'auto');
    expect(auto.length).toBe(zlibCompress(noise, 'stored').length);
    expect(zlibCompress(noise, 'fixed').length).toBeGreaterThan(auto.length);
  });
});
