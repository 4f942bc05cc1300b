/** Code 128 barcodes drawn in pure TypeScript (bwip-js's encoder, our rasteriser and PNG encoder). */
export type { BarcodeError } from './barcodeError';
export { CODE128_DEFAULTS, resolveCode128Options, type Code128Options, type ResolvedCode128Options } from './code128Options';
export { MAX_CODE128_PAYLOAD_LENGTH, checkCode128Payload } from './code128Payload';
export { renderCode128 } from './renderCode128';
export { code128Png } from './code128Png';
