// Images as pdfkit can embed them without going asynchronous. pdfkit decodes a PNG with an alpha
// channel, a transparency chunk or interlacing through an asynchronous zlib call, which would
// break the synchronous export; every PNG is therefore re-encoded here as plain RGB (transparent
// pixels composited on white) with pngjs's synchronous codec. JPEG goes in as it is. pdfkit has
// no GIF support, so a GIF is drawn as an empty frame.

import { PNG } from 'pngjs';

export type PdfImage = { readonly kind: 'embed'; readonly data: Buffer } | { readonly kind: 'frame' };

function flattenPng(bytes: Uint8Array): Buffer {
  const decoded = PNG.sync.read(Buffer.from(bytes));
  const rgba = decoded.data;
  for (let i = 0; i < rgba.length; i += 4) {
    const alpha = (rgba[i + 3] as number) / 255;
    for (let c = 0; c < 3; c++) rgba[i + c] = Math.round((rgba[i + c] as number) * alpha + 255 * (1 - alpha));
    rgba[i + 3] = 255;
  }
  return PNG.sync.write(decoded, { colorType: 2, inputColorType: 6, inputHasAlpha: true });
}

export function pdfImage(bytes: Uint8Array, mimeType: string): PdfImage {
  try {
    if (mimeType === 'image/png') return { kind: 'embed', data: flattenPng(bytes) };
    if (mimeType === 'image/jpeg') return { kind: 'embed', data: Buffer.from(bytes) };
  } catch {
    // A damaged image is drawn as a frame rather than failing the whole export.
  }
  return { kind: 'frame' };
}
