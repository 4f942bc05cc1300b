/** PNG encoding in pure TypeScript, so images can be made inside Apps Script as well as Node. */
export { BLACK, WHITE, blankBitmap, type Bitmap, type GrayscaleImage } from './bitmap';
export { MAX_IMAGE_PIXELS, MAX_IMAGE_SIDE, checkBitmap, checkGrayscaleImage, checkImageSize } from './checkImage';
export type { ImageError } from './imageErrors';
export { encodeBitmapPng, encodeGrayscalePng, type PngOptions } from './encodePng';
export { zlibCompress, type DeflateMethod } from './zlib';
export { crc32 } from './crc32';
export { adler32 } from './adler32';
