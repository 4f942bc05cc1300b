// Recognises the image formats Docs accepts (PNG, JPEG, GIF: "The image must be in PNG, JPEG, or
// GIF format", InsertInlineImageRequest) from their bytes and reads their pixel size, which is the
// size an inserted image gets.

export interface ImageInfo {
  readonly mimeType: 'image/png' | 'image/jpeg' | 'image/gif';
  readonly width: number;
  readonly height: number;
}

function pngInfo(bytes: Uint8Array): ImageInfo | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { mimeType: 'image/png', width: view.getUint32(16), height: view.getUint32(20) };
}

function gifInfo(bytes: Uint8Array): ImageInfo | undefined {
  const header = String.fromCharCode(...bytes.subarray(0, 6));
  if (header !== 'GIF87a' && header !== 'GIF89a') return undefined;
  if (bytes.length < 10) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { mimeType: 'image/gif', width: view.getUint16(6, true), height: view.getUint16(8, true) };
}

/** Walks JPEG markers to the first start-of-frame segment, which holds the size. */
function jpegInfo(bytes: Uint8Array): ImageInfo | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1] as number;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = view.getUint16(offset + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      return { mimeType: 'image/jpeg', height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    offset += 2 + length;
  }
  return undefined;
}

export function imageInfo(bytes: Uint8Array): ImageInfo | undefined {
  const info = pngInfo(bytes) ?? jpegInfo(bytes) ?? gifInfo(bytes);
  return info && info.width > 0 && info.height > 0 ? info : undefined;
}
