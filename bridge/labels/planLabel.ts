import { renderCode128 } from '../../shared/barcode';
import type { Bitmap } from '../../shared/png';
import { fail, ok, type Result } from '../../shared/result';
import type { LabelError } from './labelErrors';
import type { LabelInput } from './labelInput';
import { labelDots, mmToDots, type LabelSize } from './labelSize';
import { fitText, lineHeightOf, type MeasureText, type SetLine } from './textLayout';

/** One line of text to draw, its top-left corner in dots. */
export interface PlacedText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly fontPx: number;
  readonly bold: boolean;
}

export interface LabelPlan {
  readonly width: number;
  readonly height: number;
  readonly texts: readonly PlacedText[];
  readonly barcode: { readonly bitmap: Bitmap; readonly x: number; readonly y: number };
}

/*
 * Proportions, in millimetres for a 50 mm tall label and scaled with the label's height:
 * title line, address type (largest and smallest), postcode, barcode height. The smallest
 * address type, 2 mm, is about 16 dots at 203 dpi: still crisp on a thermal head.
 */
const REFERENCE_HEIGHT_MM = 50;
const MARGIN_MM = 2;
const GAP_MM = 1.2;
const TITLE_MM = 3;
const BODY_MAX_MM = 4.2;
const BODY_MIN_MM = 2;
const POSTCODE_MM = 8;
const BARCODE_HEIGHT_MM = 9;
/** Narrow bar width to aim for: 0.25 mm (10 mil), read by every handheld scanner. */
const MODULE_MM = 0.25;

/**
 * Where everything goes on the label: the document title on top; the addressee (bold) and the
 * address lines in Russian Post order, set as large as the space allows; at the bottom the
 * postcode in large bold type and the Code 128 of the payload, side by side when they fit the
 * width, else the barcode under the postcode.
 */
export function planLabel(input: LabelInput, size: LabelSize, measure: MeasureText): Result<LabelPlan, LabelError> {
  const { width, height } = labelDots(size);
  const scale = Math.min(1.5, Math.max(0.7, size.heightMm / REFERENCE_HEIGHT_MM));
  const dots = (mm: number) => mmToDots(mm, size.dpi);
  const margin = dots(MARGIN_MM);
  const gap = dots(GAP_MM * scale);
  const usableWidth = width - 2 * margin;
  const minText = dots(BODY_MIN_MM);

  const bottom = planBottomBand(input, size, measure, { usableWidth, gap, scale });
  if (bottom.status === 'error') return bottom;
  const band = bottom.response;
  const bandTop = height - margin - band.height;

  const title = fitText(
    [{ text: input.title, bold: false }],
    { width: usableWidth, height: 2 * lineHeightOf(dots(TITLE_MM * scale)), maxFontPx: dots(TITLE_MM * scale), minFontPx: minText, maxLinesPerParagraph: 2 },
    measure,
  );
  if (title === undefined) return fail('label_text_does_not_fit', `Название документа «${input.title}» не помещается на этикетку.`);
  const titleHeight = title.lines.length * title.lineHeightPx;

  const addressTop = margin + titleHeight + gap;
  const address = fitText(
    [{ text: input.addressee, bold: true }, ...input.addressLines.map((text) => ({ text, bold: false }))],
    { width: usableWidth, height: bandTop - gap - addressTop, maxFontPx: dots(BODY_MAX_MM * scale), minFontPx: minText },
    measure,
  );
  if (address === undefined) {
    return fail(
      'label_text_does_not_fit',
      `Адрес «${input.addressee}» не помещается на этикетку ${size.widthMm}×${size.heightMm} мм даже мелким шрифтом: выберите этикетку больше или сократите адрес.`,
    );
  }

  const texts: PlacedText[] = [
    ...stack(title.lines, margin, margin, title.fontPx, title.lineHeightPx),
    ...stack(address.lines, margin, addressTop, address.fontPx, address.lineHeightPx),
    ...band.texts.map((text) => ({ ...text, x: text.x + margin, y: text.y + bandTop })),
  ];
  return ok({
    width,
    height,
    texts,
    barcode: { bitmap: band.barcode.bitmap, x: band.barcode.x + margin, y: band.barcode.y + bandTop },
  });
}

interface Band {
  readonly height: number;
  /** Positions relative to the band's top-left corner. */
  readonly texts: readonly PlacedText[];
  readonly barcode: { readonly bitmap: Bitmap; readonly x: number; readonly y: number };
}

function planBottomBand(
  input: LabelInput,
  size: LabelSize,
  measure: MeasureText,
  frame: { readonly usableWidth: number; readonly gap: number; readonly scale: number },
): Result<Band, LabelError> {
  const dots = (mm: number) => mmToDots(mm, size.dpi);
  const barHeight = dots(BARCODE_HEIGHT_MM * frame.scale);
  const postcode = fitText(
    [{ text: input.postcode, bold: true }],
    { width: frame.usableWidth, height: lineHeightOf(dots(POSTCODE_MM * frame.scale)), maxFontPx: dots(POSTCODE_MM * frame.scale), minFontPx: dots(BODY_MIN_MM), maxLinesPerParagraph: 1 },
    measure,
  );
  if (postcode === undefined) return fail('label_text_does_not_fit', `Индекс «${input.postcode}» не помещается на этикетку.`);
  const postcodeWidth = measure(input.postcode, postcode.fontPx, true);
  // Postcodes are digits (and capitals abroad): nothing descends below the baseline, so the
  // row needs the type size only, not a full line pitch.
  const postcodeHeight = postcode.fontPx;
  const placePostcode = (y: number): PlacedText => ({ text: input.postcode, x: 0, y, fontPx: postcode.fontPx, bold: true });

  const targetModule = Math.max(1, dots(MODULE_MM));
  const sideBySide = renderBarcode(input.payload, targetModule, barHeight);
  if (sideBySide.status === 'error') return sideBySide;
  const barcodeWidth = sideBySide.response.width;
  if (postcodeWidth + 2 * frame.gap + barcodeWidth <= frame.usableWidth) {
    const height = Math.max(postcodeHeight, barHeight);
    return ok({
      height,
      texts: [placePostcode(Math.floor((height - postcodeHeight) / 2))],
      barcode: { bitmap: sideBySide.response, x: frame.usableWidth - barcodeWidth, y: height - barHeight },
    });
  }

  // Stacked: the barcode gets the whole width; narrower bars only if even that is too little.
  for (let module = targetModule; module >= 1; module--) {
    const barcode = module === targetModule ? sideBySide : renderBarcode(input.payload, module, barHeight);
    if (barcode.status === 'error') return barcode;
    if (barcode.response.width <= frame.usableWidth) {
      return ok({
        height: postcodeHeight + frame.gap + barHeight,
        texts: [placePostcode(0)],
        barcode: { bitmap: barcode.response, x: 0, y: postcodeHeight + frame.gap },
      });
    }
  }
  return fail('label_barcode_failed', `Штрихкод «${input.payload}» шире этикетки ${size.widthMm} мм.`);
}

/**
 * Recently drawn barcodes: encoding a Code 128 costs several milliseconds (bwip-js), and the
 * same label is drawn again for a reprint or a second envelope. Bitmaps are never modified
 * after drawing (drawLabel copies them), so sharing them is safe.
 */
const recentBarcodes = new Map<string, Result<Bitmap, LabelError>>();
const MAX_RECENT_BARCODES = 64;

function renderBarcode(payload: string, moduleWidth: number, barHeight: number): Result<Bitmap, LabelError> {
  const key = `${moduleWidth}:${barHeight}:${payload}`;
  const known = recentBarcodes.get(key);
  if (known !== undefined) return known;
  const rendered = renderCode128(payload, { moduleWidth, barHeight, quietZone: 10 });
  const result: Result<Bitmap, LabelError> = rendered.status === 'error' ? fail('label_barcode_failed', rendered.detail) : rendered;
  if (recentBarcodes.size >= MAX_RECENT_BARCODES) recentBarcodes.delete(recentBarcodes.keys().next().value as string);
  recentBarcodes.set(key, result);
  return result;
}

function stack(lines: readonly SetLine[], x: number, top: number, fontPx: number, lineHeightPx: number): PlacedText[] {
  return lines.map((line, index) => ({ text: line.text, x, y: top + index * lineHeightPx, fontPx, bold: line.bold }));
}
