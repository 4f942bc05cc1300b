// bwip-js exports `bwip-js/generic` under the "import" condition only: esbuild bundles resolve
// it, while CommonJS loaders need it mapped to dist/bwip-js-gen.mjs (see jest.config.js).
import { code128 } from 'bwip-js/generic';
import { fail, ok, type Result } from '../result';
import { blankBitmap, type Bitmap } from '../png/bitmap';
import type { BarcodeError } from './barcodeError';
import { barsDrawing, type LinearSymbol } from './barsDrawing';
import { resolveCode128Options, type Code128Options } from './code128Options';
import { checkCode128Payload } from './code128Payload';

/**
 * The Code 128 symbol of `payload` as a black-and-white bitmap: quiet zone, bars, quiet zone,
 * every bar `barHeight` pixels tall.
 *
 * The encoding (code set choice and switching, check character) is bwip-js's port of Barcode
 * Writer in Pure PostScript, imported through bwip-js's platform-neutral entry point
 * (`bwip-js/generic`, the package's "exports" map) and only its `code128` encoder, so the
 * bundle stays far below the full library that Apps Script would otherwise parse on every
 * execution. bwip-js draws in modules (scale 1) into {@link barsDrawing}; pixels are laid out
 * here, so every module is exactly `moduleWidth` pixels wide.
 */
export function renderCode128(payload: string, options: Code128Options = {}): Result<Bitmap, BarcodeError> {
  const checkedPayload = checkCode128Payload(payload);
  if (checkedPayload.status === 'error') return checkedPayload;
  const resolved = resolveCode128Options(options);
  if (resolved.status === 'error') return resolved;
  const { moduleWidth, barHeight, quietZone } = resolved.response;

  let symbol: LinearSymbol;
  try {
    // bwip-js rewrites the options object it is given, so it gets a fresh one every time.
    symbol = code128({ bcid: 'code128', text: payload, scale: 1, includetext: false }, barsDrawing());
  } catch (error) {
    // bwip-js reports bad input by throwing; payloads are checked above, so this is a defect.
    return fail('barcode_render_failed', `Не удалось построить штрихкод Code 128: ${messageOf(error)}.`);
  }

  const outside = symbol.bars.find((bar) => bar.start < 0 || bar.start + bar.width > symbol.width);
  if (symbol.bars.length === 0 || outside !== undefined) {
    return fail('barcode_render_failed', 'Не удалось построить штрихкод Code 128: штрихи вышли за границы символа.');
  }

  const modules = quietZone * 2 + symbol.width;
  const bitmap = blankBitmap(modules * moduleWidth, barHeight);
  const row = new Uint8Array(bitmap.width);
  for (const bar of symbol.bars) {
    row.fill(1, (quietZone + bar.start) * moduleWidth, (quietZone + bar.start + bar.width) * moduleWidth);
  }
  for (let y = 0; y < barHeight; y++) bitmap.data.set(row, y * bitmap.width);
  return ok(bitmap);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
