import { GlobalFonts } from '@napi-rs/canvas';
import { fail, ok, type Result } from '../../shared/result';
import type { LabelError } from './labelErrors';

/**
 * The label typeface, registered with the canvas under our own family name so that no
 * system font can stand in for it: label printers' resident fonts have no Cyrillic, so the
 * bridge rasterises every letter itself, and the bitmap must not change with what the host
 * has installed. DejaVu Sans Condensed (npm `dejavu-fonts-ttf`, a dependency of the bridge):
 * full Cyrillic, "№", and narrow enough for long Russian addresses on a 58 mm label.
 */
export const LABEL_FONT_FAMILY = 'DocflowLabelSans';

const FONT_FILES = ['dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf', 'dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf'];

let registration: Result<string, LabelError> | undefined;

/** Registers the bundled font once per process; later calls return the first outcome. */
export function ensureLabelFont(): Result<string, LabelError> {
  if (registration === undefined) registration = register();
  return registration;
}

function register(): Result<string, LabelError> {
  for (const file of FONT_FILES) {
    let path: string;
    try {
      path = require.resolve(file);
    } catch {
      return fail('label_font_unavailable', `Не найден шрифт этикеток ${file}: переустановите зависимости моста (npm ci).`);
    }
    if (GlobalFonts.registerFromPath(path, LABEL_FONT_FAMILY) === null) {
      return fail('label_font_unavailable', `Шрифт этикеток ${path} не читается.`);
    }
  }
  return ok(LABEL_FONT_FAMILY);
}

/** The CSS font shorthand the canvas understands, for one size and weight of the label font. */
export function labelFontCss(fontPx: number, bold: boolean): string {
  return `${bold ? 'bold ' : ''}${fontPx}px ${LABEL_FONT_FAMILY}`;
}
