/**
 * The test oracle for barcodes: zxing-wasm (ZXing-C++ compiled to WebAssembly) reads PNG
 * files the way a scanner app would. Its .wasm is loaded from node_modules, because by
 * default zxing-wasm fetches it from a CDN and the test machines have no internet
 * (https://github.com/Sec-ant/zxing-wasm#configuring-wasm-serving).
 */
import { readFileSync } from 'node:fs';
import { prepareZXingModule, readBarcodes, type ReaderOptions, type ReadResult } from 'zxing-wasm/reader';

let ready: Promise<unknown> | undefined;

function loadZXing(): Promise<unknown> {
  if (ready === undefined) {
    const file = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
    // A Buffer may be a view into a shared pool: hand Emscripten exactly the file's bytes.
    const wasmBinary = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
    ready = prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
  }
  return ready;
}

/** Every barcode zxing finds in an image file (PNG, JPEG, ...), with its format and position. */
export async function readBarcodeResults(image: Uint8Array, options: ReaderOptions = {}): Promise<ReadResult[]> {
  await loadZXing();
  const results = await readBarcodes(image, { tryHarder: true, maxNumberOfSymbols: 16, ...options });
  return results.filter((result) => result.isValid);
}

/** The decoded text of every barcode found in an image file; `[]` when none is found. */
export async function decodeBarcodes(image: Uint8Array, options: ReaderOptions = {}): Promise<string[]> {
  return (await readBarcodeResults(image, options)).map((result) => result.text);
}
