import type { DrawingContext } from 'bwip-js/generic';

/** One bar of a linear symbol: its first column and its width, in modules. */
export interface Bar {
  readonly start: number;
  readonly width: number;
}

/** The bars bwip-js drew and the symbol's full width (start to end of the stop pattern), in modules. */
export interface LinearSymbol {
  readonly width: number;
  readonly bars: readonly Bar[];
}

/**
 * A bwip-js drawing object that records the bars of a linear symbol instead of painting
 * pixels. Called with scale 1, bwip-js works in modules: linear symbols arrive as vertical
 * `line()` strokes whose x is the stroke's centre, rounded up. Columns are recovered the way
 * bwip-js's own raster drawing does it (src/drawing-builtin.js, `line`: left = x - lw +
 * floor(lw / 2)), so the result is exactly the symbol bwip-js would paint itself. Anything
 * else (text, polygons, ellipses) means the call was set up wrongly and is refused.
 * Interface: https://github.com/metafloor/bwip-js/wiki/Annotated-Example-Drawing-Object
 */
export function barsDrawing(): DrawingContext<LinearSymbol> {
  let width = 0;
  const bars: Bar[] = [];
  const refuse = (primitive: string): never => {
    throw new Error(`bwip-js drew a ${primitive}; a linear symbol without text draws only vertical lines`);
  };
  return {
    scale: (sx, sy) => [sx, sy],
    measure: () => refuse('text measurement'),
    init: (w) => {
      width = w;
    },
    line: (x0, _y0, x1, _y1, lineWidth) => {
      if (x0 !== x1) refuse('non-vertical line');
      const strokeWidth = Math.round(lineWidth) || 1;
      bars.push({ start: (x0 | 0) - strokeWidth + Math.floor(strokeWidth / 2), width: strokeWidth });
    },
    polygon: () => refuse('polygon'),
    hexagon: () => refuse('hexagon'),
    ellipse: () => refuse('ellipse'),
    // fill() follows polygons and ellipses only, which are refused above.
    fill: () => undefined,
    text: () => refuse('text'),
    end: () => ({ width, bars: [...bars].sort((a, b) => a.start - b.start) }),
  };
}
