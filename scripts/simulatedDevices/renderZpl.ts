/**
 * Renders ZPL to PNG with zpl-renderer-js (Zebrash, a Go port of a ZPL renderer compiled to
 * WebAssembly; the .wasm is inlined in the package, so nothing is fetched).
 */
export async function renderZplToPng(zpl: string, widthMm: number, heightMm: number, dotsPerMm: number): Promise<Buffer> {
  const { ready } = await import('zpl-renderer-js');
  const { api } = await ready;
  return Buffer.from(await api.zplToBase64Async(zpl, widthMm, heightMm, dotsPerMm), 'base64');
}
