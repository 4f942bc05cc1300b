import { fail, ok, type Result } from '../result';
import type { BarcodeError } from './barcodeError';

export interface Code128Options {
  /** Width of the narrowest bar (one module), in pixels: an integer 1..10. Default 2. */
  readonly moduleWidth?: number;
  /** Height of the bars, in pixels: an integer 1..2000. Default 60. */
  readonly barHeight?: number;
  /**
   * Blank margin left and right, in modules: an integer 0..100. Default 10, the minimum
   * ISO/IEC 15417 asks for; use 0 only when the caller leaves the margin itself.
   */
  readonly quietZone?: number;
}

export type ResolvedCode128Options = Required<Code128Options>;

export const CODE128_DEFAULTS: ResolvedCode128Options = { moduleWidth: 2, barHeight: 60, quietZone: 10 };

/*
 * No human-readable line under the bars: the product prints the number as text itself, in the
 * document's own font, and drawing text here would pull a font rasteriser into Apps Script.
 */

const LIMITS: { readonly [K in keyof ResolvedCode128Options]: readonly [number, number, string] } = {
  moduleWidth: [1, 10, 'Ширина модуля штрихкода в точках'],
  barHeight: [1, 2000, 'Высота штрихкода в точках'],
  quietZone: [0, 100, 'Свободное поле штрихкода в модулях'],
};

export function resolveCode128Options(options: Code128Options = {}): Result<ResolvedCode128Options, BarcodeError> {
  const resolved = { ...CODE128_DEFAULTS };
  for (const key of Object.keys(LIMITS) as (keyof ResolvedCode128Options)[]) {
    const value = options[key];
    if (value === undefined) continue;
    const [min, max, label] = LIMITS[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      return fail('barcode_invalid_options', `${label}: нужно целое число от ${min} до ${max}, получено: ${String(value)}.`);
    }
    resolved[key] = value;
  }
  return ok(resolved);
}
