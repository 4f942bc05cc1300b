import PDFDocument from 'pdfkit';
import { encodeBitmapPng } from '../../../shared/png';
import { fail, ok, type Result } from '../../../shared/result';
import type { LabelBitmap } from '../labelBitmap';
import type { LabelEncodeError } from '../labelErrors';
import { checkEncodeInput, type LabelEncodeOptions } from './encodeOptions';

const POINTS_PER_MM = 72 / 25.4;

/**
 * The label as a one-page PDF the size of the label, for a label printer reached over IPP
 * (document-format application/pdf). The page holds only the label bitmap, as a 1-bit PNG
 * image scaled to the page, so the printer's own rasteriser lays every dot where the other
 * encoders put it; one page per copy.
 */
export async function encodeLabelPdf(label: LabelBitmap, options: LabelEncodeOptions = {}): Promise<Result<Uint8Array, LabelEncodeError>> {
  const checked = checkEncodeInput(label, options);
  if (checked.status === 'error') return checked;
  const png = encodeBitmapPng(label);
  if (png.status === 'error') return fail('label_invalid_bitmap', png.detail);
  const width = label.size.widthMm * POINTS_PER_MM;
  const height = label.size.heightMm * POINTS_PER_MM;
  try {
    const document = new PDFDocument({ autoFirstPage: false, info: { Title: 'Docflow label', Creator: 'Docflow bridge' } });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    const finished = new Promise<void>((resolve, reject) => {
      document.on('end', resolve);
      document.on('error', reject);
    });
    const image = Buffer.from(png.response);
    for (let copy = 0; copy < checked.response.copies; copy++) {
      document.addPage({ size: [width, height], margin: 0 });
      document.image(image, 0, 0, { width, height });
    }
    document.end();
    await finished;
    return ok(new Uint8Array(Buffer.concat(chunks)));
  } catch (error) {
    return fail('label_pdf_failed', `Не удалось собрать PDF этикетки: ${error instanceof Error ? error.message : String(error)}.`);
  }
}
