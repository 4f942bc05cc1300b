import { fail, ok, type Result } from '../../shared/result';
import type { LabelError } from './labelErrors';

/** Print resolutions of common thermal label printers (8 and 12 dots per mm). */
export type LabelDpi = 203 | 300;

/** A label's physical size and the printer's resolution. */
export interface LabelSize {
  readonly widthMm: number;
  readonly heightMm: number;
  readonly dpi: LabelDpi;
}

/** The two sizes the product ships with; any size within the limits below works. */
export const LABEL_100X50: Omit<LabelSize, 'dpi'> = { widthMm: 100, heightMm: 50 };
export const LABEL_58X40: Omit<LabelSize, 'dpi'> = { widthMm: 58, heightMm: 40 };

const MIN_WIDTH_MM = 40;
const MAX_WIDTH_MM = 110;
const MIN_HEIGHT_MM = 30;
const MAX_HEIGHT_MM = 150;

export function checkLabelSize(size: LabelSize): Result<LabelSize, LabelError> {
  if (size.dpi !== 203 && size.dpi !== 300) {
    return fail('label_invalid_size', `Разрешение принтера этикеток ${String(size.dpi)} dpi не поддерживается: укажите 203 или 300.`);
  }
  const within = (value: number, min: number, max: number) => Number.isFinite(value) && value >= min && value <= max;
  if (!within(size.widthMm, MIN_WIDTH_MM, MAX_WIDTH_MM) || !within(size.heightMm, MIN_HEIGHT_MM, MAX_HEIGHT_MM)) {
    return fail(
      'label_invalid_size',
      `Размер этикетки ${String(size.widthMm)}×${String(size.heightMm)} мм вне пределов: ширина ${MIN_WIDTH_MM}–${MAX_WIDTH_MM} мм, высота ${MIN_HEIGHT_MM}–${MAX_HEIGHT_MM} мм.`,
    );
  }
  return ok(size);
}

/** Millimetres to printer dots at the label's resolution. */
export function mmToDots(mm: number, dpi: LabelDpi): number {
  return Math.round((mm * dpi) / 25.4);
}

/** The label's size in dots. */
export function labelDots(size: LabelSize): { readonly width: number; readonly height: number } {
  return { width: mmToDots(size.widthMm, size.dpi), height: mmToDots(size.heightMm, size.dpi) };
}
