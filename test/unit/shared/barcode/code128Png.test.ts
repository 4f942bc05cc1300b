import { PNG } from 'pngjs';
import { code128Png, renderCode128 } from '../../../../shared/barcode';
import type { Result } from '../../../../shared/result';
import { decodeBarcodes, readBarcodeResults } from '../../../helpers/zxing';

function unwrap<T>(result: Result<T>): T {
  if (result.status === 'error') throw new Error(`expected success, got ${result.type}: ${result.detail}`);
  return result.response;
}

const PAYLOADS: [string, string][] = [
  ['a registry barcode payload', 'DFC202600042K'],
  ['digits only, even count (all code set C)', '0123456789'],
  ['digits only, odd count', '12345'],
  ['a single digit', '7'],
  ['lower case letters', 'abcdefghijklmnopqrstuvwxyz'],
  ['mixed case with spaces', 'Docflow Contract No 42'],
  ['punctuation, including ^ and \\ that some encoders treat as escapes', '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'],
  ['leading zeros and a digit run inside letters', 'AB0000000012CD'],
  ['the longest accepted payload (80 characters)', 'DFC-2026-'.repeat(8) + 'ABCDEFGH'],
];

describe('code128Png decodes back to its payload (zxing-wasm as the scanner)', () => {
  it.each(PAYLOADS)('%s', async (_name, payload) => {
    const png = unwrap(code128Png(payload));
    const results = await readBarcodeResults(png);
    expect(results.map((r) => [r.format, r.text])).toEqual([['Code128', payload]]);
  });

  it.each([1, 2, 3, 4])('reads at module width %i px', async (moduleWidth) => {
    const png = unwrap(code128Png('DFC202600042K', { moduleWidth, barHeight: 30 }));
    expect(await decodeBarcodes(png)).toEqual(['DFC202600042K']);
  });

  it('finds nothing in a blank image (the oracle is not fooled)', async () => {
    const png = unwrap(code128Png('X', { barHeight: 20 }));
    const blank = new PNG({ width: 200, height: 40 });
    blank.data.fill(255);
    expect(await decodeBarcodes(new Uint8Array(PNG.sync.write(blank)))).toEqual([]);
    expect(await decodeBarcodes(png)).toEqual(['X']);
  });
});

describe('code128Png', () => {
  it('is the PNG of exactly the bitmap renderCode128 draws', () => {
    const options = { moduleWidth: 2, barHeight: 25, quietZone: 10 };
    const bitmap = unwrap(renderCode128('DFC202600042K', options));
    const decoded = PNG.sync.read(Buffer.from(unwrap(code128Png('DFC202600042K', options))));
    expect([decoded.width, decoded.height]).toEqual([bitmap.width, bitmap.height]);
    const black = Array.from({ length: bitmap.width * bitmap.height }, (_, i) => (decoded.data[i * 4] === 0 ? 1 : 0));
    expect(black).toEqual([...bitmap.data]);
  });

  it('keeps a document-header barcode under 1 KB', () => {
    expect(unwrap(code128Png('DFC202600042K')).length).toBeLessThan(1024);
  });

  it('passes render errors through unchanged', () => {
    expect(code128Png('')).toMatchObject({ status: 'error', type: 'barcode_empty_payload' });
    expect(code128Png('1', { moduleWidth: 0 })).toMatchObject({ status: 'error', type: 'barcode_invalid_options' });
  });
});
