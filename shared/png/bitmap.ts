/**
 * A black-and-white raster, one byte per pixel, rows top to bottom, pixels left to right:
 * 1 = black (ink), 0 = white (paper). Barcodes are drawn into it here; the bridge draws
 * address labels into the same type and turns it into ZPL ^GF, TSPL BITMAP or ESC/POS raster.
 * One byte per pixel (not packed bits) keeps drawing code simple; packing happens on output.
 */
export interface Bitmap {
  readonly width: number;
  readonly height: number;
  /** `width * height` bytes, each 0 (white) or 1 (black). */
  readonly data: Uint8Array;
}

/**
 * An 8-bit grayscale raster, one byte per pixel, as PNG stores it: 0 = black, 255 = white.
 * Note the opposite polarity to {@link Bitmap}: there 1 means ink.
 */
export interface GrayscaleImage {
  readonly width: number;
  readonly height: number;
  /** `width * height` bytes, 0 (black) to 255 (white). */
  readonly data: Uint8Array;
}

export const BLACK = 1;
export const WHITE = 0;

/** An all-white bitmap; the caller guarantees positive integer sizes (see checkImageSize). */
export function blankBitmap(width: number, height: number): Bitmap {
  return { width, height, data: new Uint8Array(width * height) };
}
