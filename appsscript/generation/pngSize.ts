/** Width and height of a PNG from its IHDR chunk (bytes 16–23, big-endian): https://www.w3.org/TR/png/#11IHDR */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const read = (at: number): number => (((png[at] ?? 0) << 24) | ((png[at + 1] ?? 0) << 16) | ((png[at + 2] ?? 0) << 8) | (png[at + 3] ?? 0)) >>> 0;
  return { width: read(16), height: read(20) };
}
