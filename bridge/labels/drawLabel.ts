import { createCanvas } from '@napi-rs/canvas';
import { blankBitmap, type Bitmap } from '../../shared/png';
import { labelFontCss } from './labelFont';
import type { LabelPlan } from './planLabel';

/** Grey level below which an anti-aliased text pixel prints black (of 255). */
const INK_THRESHOLD = 128;

/**
 * Draws a planned label: text through the canvas (anti-aliased, then thresholded to 1 bit),
 * the barcode copied in afterwards pixel for pixel so that its bars keep their exact widths.
 */
export function drawLabel(plan: LabelPlan): Bitmap {
  const canvas = createCanvas(plan.width, plan.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, plan.width, plan.height);
  context.fillStyle = '#000000';
  context.textBaseline = 'top';
  for (const text of plan.texts) {
    context.font = labelFontCss(text.fontPx, text.bold);
    context.fillText(text.text, text.x, text.y);
  }
  const bitmap = threshold(context.getImageData(0, 0, plan.width, plan.height).data, plan.width, plan.height);
  blit(bitmap, plan.barcode.bitmap, plan.barcode.x, plan.barcode.y);
  return bitmap;
}

/**
 * RGBA to 1 = black. Only black is ever drawn on white, so anti-aliased pixels are grey
 * (R = G = B) and the red channel alone gives the grey level.
 */
function threshold(rgba: Uint8ClampedArray, width: number, height: number): Bitmap {
  const bitmap = blankBitmap(width, height);
  const pixels = width * height;
  for (let pixel = 0; pixel < pixels; pixel++) {
    if ((rgba[pixel * 4] ?? 255) < INK_THRESHOLD) bitmap.data[pixel] = 1;
  }
  return bitmap;
}

/** Copies `source` into `target` at (x, y), clipped to the target. */
export function blit(target: Bitmap, source: Bitmap, x: number, y: number): void {
  for (let row = 0; row < source.height; row++) {
    const targetRow = y + row;
    if (targetRow < 0 || targetRow >= target.height) continue;
    const from = Math.max(0, -x);
    const to = Math.min(source.width, target.width - x);
    if (to <= from) continue;
    target.data.set(source.data.subarray(row * source.width + from, row * source.width + to), targetRow * target.width + x + from);
  }
}
