/**
 * Reads a fetch response body as UTF-8 text, refusing to hold more than `maxBytes`: a
 * misbehaving or hostile peer cannot make the bridge buffer gigabytes.
 */
export async function readBodyLimited(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new Error(`ответ больше ${maxBytes} байт`);
  }
  const bytes = await readBytesLimited(response, maxBytes);
  return new TextDecoder('utf-8').decode(bytes);
}

export async function readBytesLimited(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new Error(`ответ больше ${maxBytes} байт`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
