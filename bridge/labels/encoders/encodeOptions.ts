import { checkBitmap } from '../../../shared/png';
import { fail, ok, type Result } from '../../../shared/result';
import type { LabelBitmap } from '../labelBitmap';
import type { LabelEncodeError } from '../labelErrors';

export interface LabelEncodeOptions {
  /** Identical labels to print, 1..99. Default 1. */
  readonly copies?: number;
  /** TSPL: the gap between labels on the roll, mm. Default 2. */
  readonly gapMm?: number;
  /** ESC/POS: cut the paper after the label (printers with a cutter). Default false. */
  readonly cut?: boolean;
  /** ZPL: the graphic's data as Z64 (compressed, the default) or plain hexadecimal for printers without Z64. */
  readonly zplGraphic?: ZplGraphic;
}

export type ZplGraphic = 'z64' | 'hex';

export interface ResolvedEncodeOptions {
  readonly copies: number;
  readonly gapMm: number;
  readonly cut: boolean;
  readonly zplGraphic: ZplGraphic;
}

/** Checks the label bitmap and the options every encoder shares. */
export function checkEncodeInput(label: LabelBitmap, options: LabelEncodeOptions): Result<ResolvedEncodeOptions, LabelEncodeError> {
  const bitmap = checkBitmap(label);
  if (bitmap.status === 'error') return fail('label_invalid_bitmap', bitmap.detail);
  const copies = options.copies ?? 1;
  if (!Number.isInteger(copies) || copies < 1 || copies > 99) {
    return fail('label_invalid_options', `Число копий этикетки ${String(copies)}: нужно целое от 1 до 99.`);
  }
  const gapMm = options.gapMm ?? 2;
  if (!Number.isFinite(gapMm) || gapMm < 0 || gapMm > 20) {
    return fail('label_invalid_options', `Зазор между этикетками ${String(gapMm)} мм: нужно число от 0 до 20.`);
  }
  const zplGraphic = options.zplGraphic ?? 'z64';
  if (zplGraphic !== 'z64' && zplGraphic !== 'hex') {
    return fail('label_invalid_options', `Способ передачи графики ZPL «${String(zplGraphic)}» неизвестен: укажите z64 или hex.`);
  }
  return ok({ copies, gapMm, cut: options.cut === true, zplGraphic });
}

/** ASCII text to bytes (printer commands are plain ASCII). */
export function ascii(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0x7f;
  return bytes;
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}
