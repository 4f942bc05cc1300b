/** Width in dots of `text` set in the label font at `fontPx`, bold or regular. */
export type MeasureText = (text: string, fontPx: number, bold: boolean) => number;

export interface Paragraph {
  readonly text: string;
  readonly bold: boolean;
}

export interface SetLine {
  readonly text: string;
  readonly bold: boolean;
}

export interface FittedText {
  readonly fontPx: number;
  readonly lineHeightPx: number;
  readonly lines: readonly SetLine[];
}

export interface FitOptions {
  readonly width: number;
  readonly height: number;
  /** Largest type size to try, in dots. */
  readonly maxFontPx: number;
  /** Smallest legible type size; below it the text is refused rather than printed unreadable. */
  readonly minFontPx: number;
  /** Most lines one paragraph may wrap into. Default: no limit. */
  readonly maxLinesPerParagraph?: number;
}

/** Line pitch as a share of the type size: DejaVu's ascent plus descent is about 1.17 em. */
export const LINE_HEIGHT = 1.2;

export function lineHeightOf(fontPx: number): number {
  return Math.ceil(fontPx * LINE_HEIGHT);
}

/**
 * Sets paragraphs in a box at the largest type size between `minFontPx` and `maxFontPx` at
 * which every paragraph, wrapped at ordinary spaces, fits the width and all of them together
 * fit the height. No-break spaces (U+00A0) never break. A word wider than the box is split
 * between characters as a last resort. Returns undefined when nothing fits at `minFontPx`.
 *
 * The size is found by bisection (a handful of layouts instead of one per size): smaller type
 * never needs more lines, so "fits" only turns from false to true as the size falls.
 */
export function fitText(paragraphs: readonly Paragraph[], options: FitOptions, measure: MeasureText): FittedText | undefined {
  let low = Math.max(1, Math.ceil(options.minFontPx));
  let high = Math.floor(options.maxFontPx);
  let best = low <= high ? setAt(paragraphs, low, options, measure) : undefined;
  if (best === undefined) return undefined;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    const attempt = setAt(paragraphs, middle, options, measure);
    if (attempt === undefined) {
      high = middle - 1;
    } else {
      best = attempt;
      low = middle;
    }
  }
  return best;
}

function setAt(paragraphs: readonly Paragraph[], fontPx: number, options: FitOptions, measure: MeasureText): FittedText | undefined {
  const lineHeightPx = lineHeightOf(fontPx);
  const lines: SetLine[] = [];
  for (const paragraph of paragraphs) {
    const widthOf = (text: string) => measure(text, fontPx, paragraph.bold);
    const wrapped = wrapParagraph(paragraph.text, options.width, widthOf);
    if (options.maxLinesPerParagraph !== undefined && wrapped.length > options.maxLinesPerParagraph) return undefined;
    // Only a single glyph wider than the box can still overflow after wrapping.
    if (wrapped.some((text) => widthOf(text) > options.width)) return undefined;
    for (const text of wrapped) lines.push({ text, bold: paragraph.bold });
  }
  return lines.length * lineHeightPx <= options.height ? { fontPx, lineHeightPx, lines } : undefined;
}

/** Greedy line filling at ordinary spaces; over-wide words are split between characters. */
export function wrapParagraph(text: string, width: number, widthOf: (text: string) => number): string[] {
  const words = text.split(' ').filter((word) => word !== '');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (widthOf(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    if (widthOf(word) <= width) {
      line = word;
      continue;
    }
    const pieces = splitWord(word, width, widthOf);
    line = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (line !== '') lines.push(line);
  return lines;
}

function splitWord(word: string, width: number, widthOf: (text: string) => number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const character of word) {
    if (piece !== '' && widthOf(piece + character) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += character;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}
