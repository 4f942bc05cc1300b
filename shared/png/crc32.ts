/**
 * CRC-32 as PNG and zlib's gzip use it: polynomial 0xEDB88320 (reflected), initial value and
 * final XOR 0xFFFFFFFF. Table-driven, as in the sample code of the PNG specification
 * (https://www.w3.org/TR/png-3/#D-CRCAppendix).
 */
const TABLE = buildTable();

function buildTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/**
 * The CRC-32 of `bytes[start, end)`. Pass the previous result as `crc` to continue over
 * several pieces, as a PNG chunk's CRC covers its type and then its data.
 */
export function crc32(bytes: Uint8Array, crc = 0, start = 0, end = bytes.length): number {
  let c = ~crc >>> 0;
  for (let i = start; i < end; i++) c = TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}
