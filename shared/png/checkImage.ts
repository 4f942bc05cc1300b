import { fail, ok, type Result } from '../result';
import type { Bitmap, GrayscaleImage } from './bitmap';
import type { ImageError } from './imageErrors';

/**
 * PNG allows up to 2^31-1 pixels a side (https://www.w3.org/TR/png-3/#11IHDR), but an Apps
 * Script execution has a memory ceiling far below that: one side of 32 767 pixels and
 * 32 Mpx in total cover an A4 page at 600 dpi and refuse anything absurd before allocating.
 */
export const MAX_IMAGE_SIDE = 32_767;
export const MAX_IMAGE_PIXELS = 32 * 1024 * 1024;

/** Width and height are whole positive numbers within the limits above. */
export function checkImageSize(width: number, height: number): Result<{ width: number; height: number }, ImageError> {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    return fail(
      'image_invalid_size',
      `Недопустимый размер изображения ${String(width)}×${String(height)}: ширина и высота должны быть целыми положительными числами.`,
    );
  }
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    return fail(
      'image_too_large',
      `Изображение ${width}×${height} слишком велико: сторона не больше ${MAX_IMAGE_SIDE} точек, всего не больше ${MAX_IMAGE_PIXELS} точек.`,
    );
  }
  return ok({ width, height });
}

function checkRaster(image: Bitmap | GrayscaleImage): Result<true, ImageError> {
  const size = checkImageSize(image.width, image.height);
  if (size.status === 'error') return size;
  if (!(image.data instanceof Uint8Array) || image.data.length !== image.width * image.height) {
    const actual = image.data instanceof Uint8Array ? String(image.data.length) : 'не Uint8Array';
    return fail(
      'image_data_length_mismatch',
      `Данные изображения ${image.width}×${image.height} должны содержать ${image.width * image.height} байт, получено: ${actual}.`,
    );
  }
  return ok(true);
}

/** A bitmap whose sizes are valid and whose every pixel is 0 or 1. */
export function checkBitmap(bitmap: Bitmap): Result<Bitmap, ImageError> {
  const raster = checkRaster(bitmap);
  if (raster.status === 'error') return raster;
  const data = bitmap.data;
  if (onlyZeroOrOne(data)) return ok(bitmap);
  for (let i = 0; i < data.length; i++) {
    if (data[i]! > 1) {
      const x = i % bitmap.width;
      const y = Math.floor(i / bitmap.width);
      return fail(
        'image_invalid_pixel',
        `Точка (${x}, ${y}) черно-белого изображения имеет значение ${data[i]!}, допустимы только 0 (белый) и 1 (черный).`,
      );
    }
  }
  return ok(bitmap);
}

/** A grayscale image whose sizes are valid (every byte value is a valid gray level). */
export function checkGrayscaleImage(image: GrayscaleImage): Result<GrayscaleImage, ImageError> {
  const raster = checkRaster(image);
  if (raster.status === 'error') return raster;
  return ok(image);
}

/**
 * True when every byte is 0 or 1, four bytes at a time: OR-ing the aligned 32-bit words and
 * looking for any bit above the lowest of each byte. A label bitmap is hundreds of thousands of
 * pixels and is checked on its way to the printer; the byte-by-byte loop above then only runs
 * to name the first bad pixel.
 */
function onlyZeroOrOne(data: Uint8Array): boolean {
  const start = Math.min(data.length, (4 - (data.byteOffset % 4)) % 4);
  const words = Math.floor((data.length - start) / 4);
  let high = 0;
  for (let i = 0; i < start; i++) high |= data[i]!;
  if (words > 0) {
    const aligned = new Uint32Array(data.buffer, data.byteOffset + start, words);
    for (let i = 0; i < aligned.length; i++) high |= aligned[i]!;
  }
  for (let i = start + words * 4; i < data.length; i++) high |= data[i]!;
  return (high & 0xfefefefe) === 0;
}
