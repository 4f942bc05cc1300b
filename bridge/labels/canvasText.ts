import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { labelFontCss } from './labelFont';
import type { MeasureText } from './textLayout';

let measuringContext: SKRSContext2D | undefined;
/** Widths already measured: the same address is laid out at several sizes while fitting. */
const widths = new Map<string, number>();
const MAX_CACHED_WIDTHS = 10_000;

/**
 * Text widths in the label font, measured by the same canvas that draws the label, so that
 * what fits in the layout fits on the bitmap. One small canvas serves every measurement:
 * measureText does not depend on the canvas size.
 */
export const measureLabelText: MeasureText = (text, fontPx, bold) => {
  const font = labelFontCss(fontPx, bold);
  const key = `${font}\u0000${text}`;
  const known = widths.get(key);
  if (known !== undefined) return known;
  measuringContext ??= createCanvas(1, 1).getContext('2d');
  measuringContext.font = font;
  const width = Math.ceil(measuringContext.measureText(text).width);
  if (widths.size >= MAX_CACHED_WIDTHS) widths.clear();
  widths.set(key, width);
  return width;
};
