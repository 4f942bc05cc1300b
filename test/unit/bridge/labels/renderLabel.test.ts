import { PNG } from 'pngjs';
import { labelPng, renderLabel, type LabelBitmap, type LabelInput, type LabelSize } from '../../../../bridge/labels';
import { decodeBarcodes } from '../../../helpers/zxing';
import { ANNEX_LABEL, CONTRACT_LABEL, SIZES } from './sampleLabels';

function render(input: LabelInput, size: LabelSize): LabelBitmap {
  const result = renderLabel(input, size);
  if (result.status === 'error') throw new Error(`${result.type}: ${result.detail}`);
  return result.response;
}

function inkIn(label: LabelBitmap, top: number, bottom: number): number {
  let ink = 0;
  for (let y = top; y < bottom; y++) for (let x = 0; x < label.width; x++) ink += label.data[y * label.width + x] ?? 0;
  return ink;
}

describe('label rendering', () => {
  it.each(SIZES.map((size) => [`${size.widthMm}×${size.heightMm} mm at ${size.dpi} dpi`, size] as const))(
    'draws a %s label whose barcode reads back as the payload',
    async (_name, size) => {
      for (const input of [CONTRACT_LABEL, ANNEX_LABEL]) {
        const label = render(input, size);
        expect(label.width).toBe(Math.round((size.widthMm * size.dpi) / 25.4));
        expect(label.height).toBe(Math.round((size.heightMm * size.dpi) / 25.4));
        expect(label.size).toEqual(size);
        expect(label.data.every((pixel) => pixel === 0 || pixel === 1)).toBe(true);
        const png = labelPng(label);
        if (png.status === 'error') throw new Error(png.detail);
        expect(await decodeBarcodes(png.response)).toEqual([input.payload]);
      }
    },
  );

  it('puts ink in the text area (title and address at the top) and keeps the margins blank', () => {
    const label = render(CONTRACT_LABEL, { widthMm: 100, heightMm: 50, dpi: 203 });
    expect(inkIn(label, 16, 200)).toBeGreaterThan(2000);
    const margin = Math.round((2 * 203) / 25.4) - 2;
    expect(inkIn(label, 0, margin)).toBe(0);
    expect(inkIn(label, label.height - margin, label.height)).toBe(0);
  });

  it('rasterises Cyrillic with the bundled font: different letters give different pixels', () => {
    const size = { widthMm: 100, heightMm: 50, dpi: 203 } as const;
    const a = render({ ...CONTRACT_LABEL, addressee: 'ЖЖЖЖ' }, size);
    const b = render({ ...CONTRACT_LABEL, addressee: 'ЩЩЩЩ' }, size);
    // A font without Cyrillic would draw the same "missing glyph" box for both.
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(false);
  });

  it('is deterministic: the same input gives the same bitmap (the preview is what printed)', () => {
    const size = { widthMm: 58, heightMm: 40, dpi: 203 } as const;
    expect(Buffer.from(render(CONTRACT_LABEL, size).data).equals(Buffer.from(render(CONTRACT_LABEL, size).data))).toBe(true);
  });

  it('prints the postcode large: taller than the address type', () => {
    const size = { widthMm: 100, heightMm: 50, dpi: 203 } as const;
    const withPostcode = render(CONTRACT_LABEL, size);
    const rows = (label: LabelBitmap) => {
      const inked: number[] = [];
      for (let y = 0; y < label.height; y++) {
        let ink = 0;
        for (let x = 16; x < 300; x++) ink += label.data[y * label.width + x] ?? 0;
        if (ink > 0) inked.push(y);
      }
      return inked;
    };
    // The bottom-left corner holds only the postcode: its ink spans at least 7 mm of height
    // (the digits' cap height at 8 mm type).
    const bottomRows = rows(withPostcode).filter((y) => y > withPostcode.height / 2 + 40);
    expect(bottomRows.length).toBeGreaterThan(Math.round((5 * 203) / 25.4));
  });

  it('shrinks a long address to fit, and refuses one that cannot fit even in small type', () => {
    const longLines = Array.from({ length: 6 }, () => 'очень длинная строка адреса, которая не помещается в одну строку этикетки');
    const fits = renderLabel({ ...CONTRACT_LABEL, addressLines: longLines.slice(0, 2) }, { widthMm: 100, heightMm: 50, dpi: 203 });
    expect(fits.status).toBe('success');
    const tooMuch = renderLabel({ ...CONTRACT_LABEL, addressLines: longLines }, { widthMm: 58, heightMm: 40, dpi: 203 });
    expect(tooMuch.status).toBe('error');
    if (tooMuch.status === 'error') {
      expect(tooMuch.type).toBe('label_text_does_not_fit');
      expect(tooMuch.detail).toMatch(/не помещается/);
    }
  });

  it('refuses a payload Code 128 cannot carry, with a typed error', () => {
    const result = renderLabel({ ...CONTRACT_LABEL, payload: 'Договор' }, { widthMm: 100, heightMm: 50, dpi: 203 });
    expect(result.status === 'error' && result.type).toBe('label_barcode_failed');
  });

  it('refuses an unsupported size', () => {
    const result = renderLabel(CONTRACT_LABEL, { widthMm: 100, heightMm: 50, dpi: 150 as 203 });
    expect(result.status === 'error' && result.type).toBe('label_invalid_size');
  });

  it('gives the kiosk the very bitmap as PNG', () => {
    const label = render(CONTRACT_LABEL, { widthMm: 58, heightMm: 40, dpi: 203 });
    const png = labelPng(label);
    if (png.status === 'error') throw new Error(png.detail);
    const decoded = PNG.sync.read(Buffer.from(png.response));
    expect([decoded.width, decoded.height]).toEqual([label.width, label.height]);
    for (let pixel = 0; pixel < label.width * label.height; pixel++) {
      const black = (decoded.data[pixel * 4] ?? 255) < 128;
      if (black !== (label.data[pixel] === 1)) throw new Error(`pixel ${pixel} differs`);
    }
  });
});
