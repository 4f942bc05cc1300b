import { inflateSync } from 'node:zlib';
import { PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { encodeLabel, encodeLabelAs, encodeLabelPdf, labelPng, renderLabel, type LabelBitmap } from '../../../../bridge/labels';
import { crc16Xmodem } from '../../../../bridge/labels/encoders/z64';
import { CONTRACT_LABEL } from './sampleLabels';

/** The Base64 of a real Z64 graphic (BinaryKits.Zpl discussion #178, data ending ":D069"). */
const ZEBRA_Z64_SAMPLE =
  'eJztVT2OEzEUtmMiF1OMkEApKHyEbRFI6xQcYA+AlCtwAjwl0l5ia66wRYYbQEFviSalkSIxSiZ+vGfP2J6ZQEFFsY6SsT5/+d57fj/D2H+1ni0+f118B9/nWAUAzYxmEOuXNPBT4g6+Pd+Bm2BwwJ/HroQkvMPfDWwLrD5F9kOBmai0KwX30WJVCEqIzzUU2HhehKJGHdUm7O14XNlsdvRLHhPmx41Ihnm6EH5ZnrLb5Ep2PynX2Vo9ehC82rI79iI7SO6tLLPsNRPjXwx+N1a6dZ8d/IhfbW+s6JML5B43zjjVZ1fxjO8tON2HfeA5usFf4EwfdSgMtFXDD3DgUyACeQoww4BGdebp7tVJnNFPNYSLvpujOYasDFiNGFht6y4HjBiH1rQhK0PAdAQNNNpmniIeh62xg3g8Ep57FngyXgyakj0HZtrMU5QR4WMRiIInEWvzf2+pYGY8HXikOAQfeXWHF1zyMB31VR6WILCJHmIDj0fem1GPTfSyXVnq/cG/ZmJ3EUfUgyHexBNeDHdQ3AtcuT/Ph3yINvPWmDk3yQcPeSOsbnPevkCr+oyF/D5M6yDUizPHGliqg1hXmkLOdUX1d1EgyekBI151vkfTh3CZtNbHWM8XgFTPVOsCTtBpn1o59Af8NL2C3B/0JMOVT/0R+m3nNj2Ol9TK1BOiW3W4SX2pMB7+gb1nm8yrGsbmW2kTlvpcZEyPm2K+mHTaXdmlU5lHtB6tFZNGfZ1virGXBmGWKefpeGvCZ4ibqKPK4a4P4bG3BRYnfUhcWisgxk0hR4KXO/Zy9v6ozqfPj+dmgq3p3TN5fZAWQnYKEfHCFuvTEnpaT+uf1m+WdlzV';

function label(widthMm = 58, heightMm = 40, dpi: 203 | 300 = 203): LabelBitmap {
  const result = renderLabel(CONTRACT_LABEL, { widthMm, heightMm, dpi });
  if (result.status === 'error') throw new Error(result.detail);
  return result.response;
}

function unwrap(result: { status: 'success'; response: Uint8Array } | { status: 'error'; detail: string }): Buffer {
  if (result.status === 'error') throw new Error(result.detail);
  return Buffer.from(result.response);
}

/** The label's pixels read back from packed rows; `blackBit` is what the language calls black. */
function unpack(data: Uint8Array, bytesPerRow: number, width: number, height: number, blackBit: 0 | 1): Uint8Array {
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const bit = ((data[y * bytesPerRow + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1;
      pixels[y * width + x] = bit === blackBit ? 1 : 0;
    }
  }
  return pixels;
}

/** A small hand-made label: black top-left dot, white elsewhere; 10 dots wide so rows need padding. */
const TINY: LabelBitmap = { width: 10, height: 2, data: Uint8Array.from([1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), size: { widthMm: 58, heightMm: 40, dpi: 203 } };

describe('ZPL', () => {
  it('carries the whole label as one ^GF graphic: ASCII hex when asked, 1 = black, rows padded with white', () => {
    const zpl = unwrap(encodeLabel(TINY, 'zpl', { zplGraphic: 'hex' })).toString('latin1');
    expect(zpl).toBe('^XA^PW10^LL2^LH0,0^FO0,0^GFA,4,4,2,80400000^FS^PQ1^XZ');
  });

  it('sends the graphic as Z64 by default: zlib data in Base64 with the CRC of the Base64 text', () => {
    const zpl = unwrap(encodeLabel(TINY, 'zpl')).toString('latin1');
    const match = /\^GFA,4,4,2,:Z64:([A-Za-z0-9+/=]+):([0-9A-F]{4})\^FS/.exec(zpl);
    expect(match).not.toBeNull();
    const [, base64, crc] = match ?? [];
    expect([...inflateSync(Buffer.from(base64 ?? '', 'base64'))]).toEqual([0x80, 0x40, 0x00, 0x00]);
    expect(crc).toBe(crc16Xmodem(base64 ?? '').toString(16).toUpperCase().padStart(4, '0'));
  });

  it('round-trips a rendered label through Z64: the inflated data is the same bitmap, and far smaller than hex', () => {
    const rendered = label(100, 50, 203);
    const z64 = unwrap(encodeLabel(rendered, 'zpl')).toString('latin1');
    const hex = unwrap(encodeLabel(rendered, 'zpl', { zplGraphic: 'hex' })).toString('latin1');
    const base64 = /:Z64:([A-Za-z0-9+/=]+):/.exec(z64)?.[1] ?? '';
    const perRow = Math.ceil(rendered.width / 8);
    const pixels = unpack(inflateSync(Buffer.from(base64, 'base64')), perRow, rendered.width, rendered.height, 1);
    expect(Buffer.from(pixels).equals(Buffer.from(rendered.data))).toBe(true);
    expect(z64.length * 5).toBeLessThan(hex.length);
  });

  it('computes the Z64 CRC as Zebra does (CRC-16 CCITT, initial 0, over the Base64 text)', () => {
    expect(crc16Xmodem('123456789')).toBe(0x31c3);
    // A Z64 field published with a Zebra-produced label (ends in ":D069").
    expect(crc16Xmodem(ZEBRA_Z64_SAMPLE)).toBe(0xd069);
  });

  it('refuses an unknown way to send ZPL graphics', () => {
    const result = encodeLabel(TINY, 'zpl', { zplGraphic: 'b64' as 'hex' });
    expect(result.status === 'error' && result.type).toBe('label_invalid_options');
  });

  it('round-trips a rendered label: the hex decodes to the same bitmap', () => {
    const rendered = label();
    const zpl = unwrap(encodeLabel(rendered, 'zpl', { copies: 2, zplGraphic: 'hex' })).toString('latin1');
    const match = /\^GFA,(\d+),(\d+),(\d+),([0-9A-F]+)\^FS/.exec(zpl);
    expect(match).not.toBeNull();
    const [, total, count, perRow, hex] = match ?? [];
    expect(Number(total)).toBe(Number(count));
    expect(Number(perRow)).toBe(Math.ceil(rendered.width / 8));
    expect(zpl).toContain(`^PW${rendered.width}^LL${rendered.height}`);
    expect(zpl).toContain('^PQ2^XZ');
    const pixels = unpack(Buffer.from(hex ?? '', 'hex'), Number(perRow), rendered.width, rendered.height, 1);
    expect(Buffer.from(pixels).equals(Buffer.from(rendered.data))).toBe(true);
  });

  it('refuses a label too large for one ^GF field (more than 99 999 bytes)', () => {
    const huge: LabelBitmap = { width: 1300, height: 1772, data: new Uint8Array(1300 * 1772), size: { widthMm: 110, heightMm: 150, dpi: 300 } };
    const result = encodeLabel(huge, 'zpl');
    expect(result.status === 'error' && result.type).toBe('label_too_large_for_format');
  });
});

describe('TSPL', () => {
  it('sends SIZE, GAP, CLS, BITMAP with 0 = black (TSPL polarity) and PRINT', () => {
    const tspl = unwrap(encodeLabel(TINY, 'tspl', { gapMm: 3 }));
    const header = 'SIZE 58 mm,40 mm\r\nGAP 3 mm,0 mm\r\nCLS\r\nBITMAP 0,0,2,2,0,';
    expect(tspl.subarray(0, header.length).toString('latin1')).toBe(header);
    // Row 1: dot 0 black → bit 0; the rest white → 1, padding white → 1. Row 2 all white.
    expect([...tspl.subarray(header.length, header.length + 4)]).toEqual([0x7f, 0xbf, 0xff, 0xff]);
    expect(tspl.subarray(header.length + 4).toString('latin1')).toBe('\r\nPRINT 1,1\r\n');
  });

  it('round-trips a rendered label', () => {
    const rendered = label(100, 50, 300);
    const tspl = unwrap(encodeLabel(rendered, 'tspl', { copies: 3 }));
    const text = tspl.toString('latin1');
    const header = /BITMAP 0,0,(\d+),(\d+),0,/.exec(text);
    const perRow = Number(header?.[1]);
    const start = (header?.index ?? 0) + (header?.[0].length ?? 0);
    const pixels = unpack(tspl.subarray(start, start + perRow * rendered.height), perRow, rendered.width, rendered.height, 0);
    expect(Buffer.from(pixels).equals(Buffer.from(rendered.data))).toBe(true);
    expect(text.endsWith('\r\nPRINT 3,1\r\n')).toBe(true);
    expect(text.startsWith('SIZE 100 mm,50 mm\r\nGAP 2 mm,0 mm\r\n')).toBe(true);
  });
});

describe('ESC/POS', () => {
  it('sends ESC @ then GS v 0 raster bands with 1 = black', () => {
    const escpos = unwrap(encodeLabel(TINY, 'escpos'));
    expect([...escpos]).toEqual([0x1b, 0x40, 0x1d, 0x76, 0x30, 0x00, 2, 0, 2, 0, 0x80, 0x40, 0x00, 0x00]);
  });

  it('splits tall labels into bands of 256 rows and cuts when asked', () => {
    const rendered = label(58, 40, 300);
    const escpos = unwrap(encodeLabel(rendered, 'escpos', { cut: true }));
    const perRow = Math.ceil(rendered.width / 8);
    const firstBand = escpos.subarray(2, 10);
    expect([...firstBand]).toEqual([0x1d, 0x76, 0x30, 0, perRow & 0xff, perRow >> 8, 0, 1]);
    const secondBandAt = 10 + perRow * 256;
    const rest = rendered.height - 256;
    expect([...escpos.subarray(secondBandAt, secondBandAt + 8)]).toEqual([0x1d, 0x76, 0x30, 0, perRow & 0xff, perRow >> 8, rest & 0xff, rest >> 8]);
    expect([...escpos.subarray(escpos.length - 4)]).toEqual([0x1d, 0x56, 66, 0]);
  });

  it('produces the same raster bytes as node-thermal-printer does from the label PNG', async () => {
    const rendered = label();
    const png = labelPng(rendered);
    if (png.status === 'error') throw new Error(png.detail);
    const thermal = new ThermalPrinter({ type: PrinterTypes.EPSON, interface: '' });
    const theirs = await thermal.printImageBuffer(Buffer.from(png.response));
    const ours = unwrap(encodeLabel(rendered, 'escpos'));
    const raster = (bytes: Buffer, bandHeader: number) => {
      const parts: Buffer[] = [];
      let at = bandHeader;
      while (at < bytes.length) {
        const rows = (bytes[at + 6] ?? 0) + ((bytes[at + 7] ?? 0) << 8);
        const perRow = (bytes[at + 4] ?? 0) + ((bytes[at + 5] ?? 0) << 8);
        parts.push(bytes.subarray(at + 8, at + 8 + rows * perRow));
        at += 8 + rows * perRow;
      }
      return Buffer.concat(parts);
    };
    expect(raster(ours, 2).equals(raster(theirs, 0))).toBe(true);
  });
});

describe('PDF', () => {
  it('makes a one-page PDF the size of the label holding the label bitmap at 1 bit per dot', async () => {
    const rendered = label(100, 50, 203);
    const pdf = unwrap(await encodeLabelPdf(rendered));
    const text = pdf.toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
    const mediaBox = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(text);
    expect(Number(mediaBox?.[1])).toBeCloseTo((100 * 72) / 25.4, 1);
    expect(Number(mediaBox?.[2])).toBeCloseTo((50 * 72) / 25.4, 1);
    expect(text).toMatch(new RegExp(`/Width ${rendered.width}\\b`));
    expect(text).toMatch(new RegExp(`/Height ${rendered.height}\\b`));
    expect(text).toMatch(/\/BitsPerComponent 1\b/);

    // The image stream is the PNG's scanlines: a filter byte per row, then 1 = white bits.
    const image = /\/Subtype \/Image[\s\S]*?\/Length (\d+)[\s\S]*?stream\n/.exec(text);
    if (image === null) throw new Error('no image in the PDF');
    const start = image.index + image[0].length;
    const scanlines = inflateSync(pdf.subarray(start, start + Number(image[1])));
    const perRow = Math.ceil(rendered.width / 8);
    const rows = Buffer.concat(Array.from({ length: rendered.height }, (_, y) => scanlines.subarray(y * (perRow + 1) + 1, (y + 1) * (perRow + 1))));
    expect(Buffer.from(unpack(rows, perRow, rendered.width, rendered.height, 0)).equals(Buffer.from(rendered.data))).toBe(true);
  });

  it('prints one page per copy', async () => {
    const pdf = unwrap(await encodeLabelAs(label(), 'pdf', { copies: 2 })).toString('latin1');
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(2);
  });
});

describe('every encoder', () => {
  it.each(['zpl', 'tspl', 'escpos', 'pdf'] as const)('%s refuses a broken bitmap and bad options with typed errors', async (format) => {
    const broken = { ...TINY, data: new Uint8Array(3) };
    const brokenResult = await encodeLabelAs(broken, format);
    expect(brokenResult.status === 'error' && brokenResult.type).toBe('label_invalid_bitmap');
    const badCopies = await encodeLabelAs(TINY, format, { copies: 0 });
    expect(badCopies.status === 'error' && badCopies.type).toBe('label_invalid_options');
  });
});
