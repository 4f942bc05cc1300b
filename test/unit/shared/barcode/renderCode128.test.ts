import { renderCode128, type Code128Options } from '../../../../shared/barcode';
import type { Bitmap } from '../../../../shared/png';
import type { Result } from '../../../../shared/result';

function unwrap<T>(result: Result<T>): T {
  if (result.status === 'error') throw new Error(`expected success, got ${result.type}: ${result.detail}`);
  return result.response;
}

function row(bitmap: Bitmap, y: number): string {
  return Array.from(bitmap.data.subarray(y * bitmap.width, (y + 1) * bitmap.width)).join('');
}

/** One module per pixel, no quiet zone: the symbol's modules as a 0/1 string. */
function modules(payload: string): string {
  return row(unwrap(renderCode128(payload, { moduleWidth: 1, quietZone: 0, barHeight: 1 })), 0);
}

// Patterns from the Code 128 symbol character table of ISO/IEC 15417 (1 = bar, 0 = space).
const START_B = '11010010000';
const START_C = '11010011100';
const VALUE_12 = '10110011100';
const VALUE_14 = '10011001110';
const STOP = '1100011101011';

describe('renderCode128', () => {
  it('draws "12" module for module: start C, 12, check character 14, stop', () => {
    // Check character: (105 + 1 × 12) mod 103 = 14.
    expect(modules('12')).toBe(START_C + VALUE_12 + VALUE_14 + STOP);
  });

  it('starts a lettered payload in code set B and always ends with the stop pattern', () => {
    const symbol = modules('DFC202600042K');
    expect(symbol.startsWith(START_B)).toBe(true);
    expect(symbol.endsWith(STOP)).toBe(true);
    // Code set C packs the digit run: start, D, F, C, code C, 20 26 00 04, code B, 2, K, check = 13 symbols.
    expect(symbol.length).toBe(13 * 11 + 13);
  });

  it('scales every module to moduleWidth pixels and adds the quiet zone on both sides', () => {
    const one = modules('DFC202600042K');
    const options: Code128Options = { moduleWidth: 3, quietZone: 10, barHeight: 7 };
    const bitmap = unwrap(renderCode128('DFC202600042K', options));
    const quiet = '0'.repeat(30);
    const scaled = [...one].map((module) => module.repeat(3)).join('');
    expect(bitmap.width).toBe((10 * 2 + one.length) * 3);
    expect(bitmap.height).toBe(7);
    expect(row(bitmap, 0)).toBe(quiet + scaled + quiet);
  });

  it('makes every row identical, bars running the full height', () => {
    const bitmap = unwrap(renderCode128('ABC-123', { barHeight: 40 }));
    const first = row(bitmap, 0);
    for (let y = 1; y < bitmap.height; y++) expect(row(bitmap, y)).toBe(first);
  });

  it('uses module width 2, bar height 60 and a 10-module quiet zone by default', () => {
    const bitmap = unwrap(renderCode128('12'));
    const symbolModules = START_C.length + VALUE_12.length + VALUE_14.length + STOP.length;
    expect(bitmap.width).toBe((symbolModules + 20) * 2);
    expect(bitmap.height).toBe(60);
    expect(row(bitmap, 0).slice(0, 20)).toBe('0'.repeat(20));
  });

  it('gives the same symbol on every call (bwip-js keeps no state between calls)', () => {
    expect(modules('Hello, World!')).toBe(modules('Hello, World!'));
    expect(modules('42')).not.toBe(modules('43'));
  });

  it('produces a bitmap with only 0 and 1 pixels', () => {
    const bitmap = unwrap(renderCode128('mixed Case 0123 ~!'));
    expect(new Set(bitmap.data)).toEqual(new Set([0, 1]));
  });
});

describe('renderCode128 refuses bad input with a typed error', () => {
  it.each([
    ['an empty payload', '', {}, 'barcode_empty_payload'],
    ['a non-string payload', 12345 as unknown as string, {}, 'barcode_empty_payload'],
    ['a payload over 80 characters', 'A'.repeat(81), {}, 'barcode_payload_too_long'],
    ['Cyrillic letters', 'ДФК-1', {}, 'barcode_unsupported_character'],
    ['a control character', 'A\tB', {}, 'barcode_unsupported_character'],
    ['a newline', 'A\nB', {}, 'barcode_unsupported_character'],
    ['a DEL character', 'A\x7fB', {}, 'barcode_unsupported_character'],
    ['module width 0', '1', { moduleWidth: 0 }, 'barcode_invalid_options'],
    ['fractional module width', '1', { moduleWidth: 1.5 }, 'barcode_invalid_options'],
    ['module width 11', '1', { moduleWidth: 11 }, 'barcode_invalid_options'],
    ['bar height 0', '1', { barHeight: 0 }, 'barcode_invalid_options'],
    ['negative bar height', '1', { barHeight: -5 }, 'barcode_invalid_options'],
    ['bar height NaN', '1', { barHeight: Number.NaN }, 'barcode_invalid_options'],
    ['negative quiet zone', '1', { quietZone: -1 }, 'barcode_invalid_options'],
    ['a quiet zone given as text', '1', { quietZone: '10' as unknown as number }, 'barcode_invalid_options'],
  ] as const)('%s', (_name, payload, options, type) => {
    const result = renderCode128(payload, options);
    expect(result).toMatchObject({ status: 'error', type });
    if (result.status === 'error') expect(result.detail).toMatch(/[а-яё]/i);
  });

  it('names the character it cannot encode', () => {
    const result = renderCode128('No-Ж1');
    expect(result.status === 'error' && result.detail).toContain('«Ж» (U+0416)');
  });

  it('accepts a payload of exactly 80 characters and a zero quiet zone', () => {
    expect(renderCode128('7'.repeat(80), { quietZone: 0 }).status).toBe('success');
  });
});
