import { crc32 as nodeCrc32, inflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import {
  MAX_IMAGE_SIDE,
  blankBitmap,
  encodeBitmapPng,
  encodeGrayscalePng,
  type Bitmap,
  type GrayscaleImage,
} from '../../../../shared/png';
import type { Result } from '../../../../shared/result';

function unwrap<T>(result: Result<T>): T {
  if (result.status === 'error') throw new Error(`expected success, got ${result.type}: ${result.detail}`);
  return result.response;
}

function seededBitmap(width: number, height: number, seed: number): Bitmap {
  const bitmap = blankBitmap(width, height);
  let state = seed;
  for (let i = 0; i < bitmap.data.length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bitmap.data[i] = state >>> 31;
  }
  return bitmap;
}

/** Decodes with pngjs and returns 1 for black, 0 for white, per pixel. */
function decodeToBits(png: Uint8Array): { width: number; height: number; bits: number[] } {
  const decoded = PNG.sync.read(Buffer.from(png));
  const bits: number[] = [];
  const strange: number[] = [];
  for (let i = 0; i < decoded.width * decoded.height; i++) {
    const [r, g, b, a] = [decoded.data[i * 4], decoded.data[i * 4 + 1], decoded.data[i * 4 + 2], decoded.data[i * 4 + 3]];
    if (!(r === g && g === b && a === 255 && (r === 0 || r === 255))) strange.push(i);
    bits.push(r === 0 ? 1 : 0);
  }
  expect(strange).toEqual([]); // every pixel opaque pure black or pure white
  return { width: decoded.width, height: decoded.height, bits };
}

/** Pixel-for-pixel equality that reports the first difference (jest's deep equality is slow on 400 000 pixels). */
function expectSamePixels(actual: readonly number[], expected: Uint8Array): void {
  let firstDifference = -1;
  const common = Math.min(actual.length, expected.length);
  for (let i = 0; i < common && firstDifference < 0; i++) if (actual[i] !== expected[i]) firstDifference = i;
  expect({ length: actual.length, firstDifference }).toEqual({ length: expected.length, firstDifference: -1 });
}

interface Chunk {
  type: string;
  data: Buffer;
  crc: number;
}

function chunksOf(png: Uint8Array): Chunk[] {
  const bytes = Buffer.from(png);
  const chunks: Chunk[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    chunks.push({ type, data: bytes.subarray(offset + 8, offset + 8 + length), crc: bytes.readUInt32BE(offset + 8 + length) });
    offset += 12 + length;
  }
  return chunks;
}

describe('encodeBitmapPng', () => {
  it('starts with the PNG signature and has IHDR, IDAT, IEND with correct CRCs', () => {
    const png = unwrap(encodeBitmapPng(seededBitmap(10, 3, 1)));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const chunks = chunksOf(png);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    for (const chunk of chunks) {
      expect(chunk.crc).toBe(nodeCrc32(Buffer.concat([Buffer.from(chunk.type, 'latin1'), chunk.data])));
    }
    const ihdr = chunks[0]!.data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ...ihdr.subarray(8)]).toEqual([10, 3, 1, 0, 0, 0, 0]);
  });

  it.each([
    ['a black 1×1', 1],
    ['a white 1×1', 0],
  ])('encodes %s pixel', (_name, pixel) => {
    const png = unwrap(encodeBitmapPng({ width: 1, height: 1, data: Uint8Array.of(pixel) }));
    expect(decodeToBits(png)).toEqual({ width: 1, height: 1, bits: [pixel] });
  });

  it.each([1, 2, 7, 8, 9, 15, 16, 17, 31, 33, 100, 257])('keeps every pixel of a %i-pixel-wide image (row padding)', (width) => {
    const bitmap = seededBitmap(width, 5, width);
    const decoded = decodeToBits(unwrap(encodeBitmapPng(bitmap)));
    expect(decoded.width).toBe(width);
    expect(decoded.height).toBe(5);
    expect(decoded.bits).toEqual([...bitmap.data]);
  });

  it('packs rows as filter byte 0 then MSB-first bits, black as 0, padding 0 (checked through Node inflate)', () => {
    const bitmap: Bitmap = { width: 10, height: 2, data: Uint8Array.of(1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1) };
    const idat = chunksOf(unwrap(encodeBitmapPng(bitmap))).find((c) => c.type === 'IDAT')!;
    expect([...inflateSync(idat.data)]).toEqual([0, 0b01111110, 0b01000000, 0, 0b11111111, 0b10000000]);
  });

  it('encodes a 2000×200 barcode-like bitmap exactly and keeps it small', () => {
    const bitmap = blankBitmap(2000, 200);
    for (let y = 0; y < 200; y++) {
      for (let x = 0; x < 2000; x++) bitmap.data[y * 2000 + x] = Math.floor(x / 6) % 3 === 0 || x % 97 < 4 ? 1 : 0;
    }
    const png = unwrap(encodeBitmapPng(bitmap));
    expectSamePixels(decodeToBits(png).bits, bitmap.data);
    expect(png.length).toBeLessThan(2_000);
  });

  it('decodes identically with stored and fixed-Huffman compression', () => {
    const bitmap = seededBitmap(45, 30, 9);
    for (const compression of ['stored', 'fixed', 'auto'] as const) {
      expect(decodeToBits(unwrap(encodeBitmapPng(bitmap, { compression }))).bits).toEqual([...bitmap.data]);
    }
  });
});

describe('encodeGrayscalePng', () => {
  it('keeps every gray level of an 8-bit image', () => {
    const image: GrayscaleImage = { width: 256, height: 3, data: Uint8Array.from({ length: 768 }, (_, i) => (i * 7) & 0xff) };
    const png = unwrap(encodeGrayscalePng(image));
    const decoded = PNG.sync.read(Buffer.from(png));
    expect([decoded.width, decoded.height]).toEqual([256, 3]);
    const gray = Array.from({ length: 768 }, (_, i) => decoded.data[i * 4]);
    expect(gray).toEqual([...image.data]);
    const ihdr = chunksOf(png)[0]!.data;
    expect([ihdr[8], ihdr[9]]).toEqual([8, 0]);
  });

  it('encodes a 1×1 and a width-13 image', () => {
    for (const [width, height] of [
      [1, 1],
      [13, 4],
    ] as const) {
      const image: GrayscaleImage = { width, height, data: Uint8Array.from({ length: width * height }, (_, i) => (i * 37) & 0xff) };
      const decoded = PNG.sync.read(Buffer.from(unwrap(encodeGrayscalePng(image))));
      expect(Array.from({ length: width * height }, (_, i) => decoded.data[i * 4])).toEqual([...image.data]);
    }
  });
});

describe('bad images are refused with a typed error, never thrown', () => {
  const cases: [string, Bitmap, string][] = [
    ['zero width', { width: 0, height: 5, data: new Uint8Array(0) }, 'image_invalid_size'],
    ['zero height', { width: 5, height: 0, data: new Uint8Array(0) }, 'image_invalid_size'],
    ['negative width', { width: -3, height: 2, data: new Uint8Array(0) }, 'image_invalid_size'],
    ['fractional height', { width: 4, height: 1.5, data: new Uint8Array(6) }, 'image_invalid_size'],
    ['NaN width', { width: Number.NaN, height: 1, data: new Uint8Array(1) }, 'image_invalid_size'],
    ['a side over the limit', { width: MAX_IMAGE_SIDE + 1, height: 1, data: new Uint8Array(0) }, 'image_too_large'],
    ['too many pixels in total', { width: 8000, height: 8000, data: new Uint8Array(0) }, 'image_too_large'],
    ['data one byte short', { width: 3, height: 3, data: new Uint8Array(8) }, 'image_data_length_mismatch'],
    ['data one byte long', { width: 3, height: 3, data: new Uint8Array(10) }, 'image_data_length_mismatch'],
    ['data that is not a Uint8Array', { width: 2, height: 1, data: [1, 0] as unknown as Uint8Array }, 'image_data_length_mismatch'],
    ['a pixel that is neither 0 nor 1', { width: 2, height: 2, data: Uint8Array.of(0, 1, 255, 0) }, 'image_invalid_pixel'],
  ];

  it.each(cases)('bitmap with %s', (_name, bitmap, type) => {
    const result = encodeBitmapPng(bitmap);
    expect(result).toMatchObject({ status: 'error', type });
    if (result.status === 'error') expect(result.detail).toMatch(/[а-яё]/i);
  });

  it('names the offending pixel position', () => {
    const result = encodeBitmapPng({ width: 2, height: 2, data: Uint8Array.of(0, 1, 255, 0) });
    expect(result.status === 'error' && result.detail).toContain('(0, 1)');
  });

  it.each(cases.filter(([, , type]) => type !== 'image_invalid_pixel'))('grayscale image with %s', (_name, image, type) => {
    expect(encodeGrayscalePng(image)).toMatchObject({ status: 'error', type });
  });

  it('accepts every byte value in a grayscale image', () => {
    expect(encodeGrayscalePng({ width: 2, height: 2, data: Uint8Array.of(0, 1, 255, 128) }).status).toBe('success');
  });
});
