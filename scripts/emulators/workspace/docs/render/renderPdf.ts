// The PDF export (Drive getAs('application/pdf'), GET /_workspace/docs/<id>.pdf), drawn with
// pdfkit in DejaVu fonts shipped by the dejavu-fonts-ttf package, so Cyrillic renders without any
// system font. A4 pages; the header and footer repeat on every page; tables are plain grids;
// images are embedded at their size.
//
// Apps Script is synchronous, so the export must be too. pdfkit is a stream, but it produces all
// of its output synchronously when end() is called and keeps it buffered until someone reads it
// (no 'data' listener is attached, so nothing flows on a later tick); reading the buffer right
// after end() therefore yields the whole file. Images are prepared (pdfImages.ts) so that pdfkit
// never takes its asynchronous decoding path.

import PDFDocument from 'pdfkit';
import { POINTS_PER_PIXEL, readInlineObject } from '../model/inlineObjects';
import { paragraphText } from '../model/paragraphEdit';
import {
  isInlineObject,
  isParagraph,
  isTable,
  type DocumentData,
  type Paragraph,
  type StructuralElement,
  type Table,
  type TextStyle,
} from '../model/types';
import { lineBreaksAsNewlines, NAMED_STYLE_LOOK, sectionsOf } from './documentOutline';
import { pdfImage } from './pdfImages';

type Pdf = PDFKit.PDFDocument;

const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
} as const;

type FontName = keyof typeof FONT_FILES;

const PAGE_MARGIN = 56.7; // 2 cm, the usual margin of a Russian business letter
const EDGE_MARGIN = 28; // where the header starts and the footer ends
const SECTION_GAP = 12;
const CELL_PADDING = 4;

const ALIGN = { START: 'left', CENTER: 'center', END: 'right', JUSTIFIED: 'justify' } as const;

function registerFonts(pdf: Pdf): void {
  for (const [name, file] of Object.entries(FONT_FILES)) {
    pdf.registerFont(name, require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
  }
}

function fontFor(style: TextStyle, boldByDefault: boolean): FontName {
  const bold = style.bold ?? boldByDefault;
  if (bold && style.italic) return 'boldItalic';
  if (bold) return 'bold';
  return style.italic ? 'italic' : 'regular';
}

function colorOf(style: TextStyle): string {
  const rgb = style.foregroundColor?.color?.rgbColor;
  if (!rgb) return '#000000';
  const channel = (value = 0): string =>
    Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(rgb.red)}${channel(rgb.green)}${channel(rgb.blue)}`;
}

type Piece = { readonly kind: 'text'; readonly text: string; readonly style: TextStyle } | { readonly kind: 'image'; readonly objectId: string };

function piecesOf(paragraph: Paragraph): Piece[] {
  return paragraph.elements
    .map((element): Piece => {
      if (isInlineObject(element)) return { kind: 'image', objectId: element.inlineObjectElement.inlineObjectId };
      return { kind: 'text', text: lineBreaksAsNewlines(element.textRun.content.replace(/\n$/, '')), style: element.textRun.textStyle };
    })
    .filter((piece) => piece.kind === 'image' || piece.text !== '');
}

class PdfWriter {
  constructor(
    private readonly pdf: Pdf,
    private readonly data: DocumentData,
  ) {}

  private get left(): number {
    return this.pdf.page.margins.left;
  }

  private get width(): number {
    return this.pdf.page.width - this.pdf.page.margins.left - this.pdf.page.margins.right;
  }

  private get bottom(): number {
    return this.pdf.page.height - this.pdf.page.margins.bottom;
  }

  private writeText(pieces: Array<Piece & { kind: 'text' }>, paragraph: Paragraph): void {
    const look = NAMED_STYLE_LOOK[paragraph.paragraphStyle.namedStyleType];
    const align = ALIGN[paragraph.paragraphStyle.alignment ?? 'START'];
    pieces.forEach((piece, i) => {
      this.pdf
        .font(fontFor(piece.style, look.bold))
        .fontSize(piece.style.fontSize?.magnitude ?? look.size)
        .fillColor(colorOf(piece.style))
        .text(piece.text, {
          continued: i < pieces.length - 1,
          align,
          width: this.width,
          underline: piece.style.underline === true,
          strike: piece.style.strikethrough === true,
          ...(piece.style.link ? { link: piece.style.link.url } : {}),
        });
    });
    this.pdf.fillColor('#000000');
  }

  private writeImage(objectId: string): void {
    const stored = readInlineObject(this.data, objectId);
    if (!stored) return;
    let width = stored.widthPx * POINTS_PER_PIXEL;
    let height = stored.heightPx * POINTS_PER_PIXEL;
    if (width > this.width) {
      height = (height * this.width) / width;
      width = this.width;
    }
    if (this.pdf.y + height > this.bottom) this.pdf.addPage();
    const x = this.left;
    const y = this.pdf.y;
    const image = pdfImage(stored.bytes, stored.mimeType);
    if (image.kind === 'embed') this.pdf.image(image.data, x, y, { width, height });
    else this.pdf.rect(x, y, width, height).stroke();
    this.pdf.x = x;
    this.pdf.y = y + height;
  }

  paragraph(paragraph: Paragraph): void {
    const look = NAMED_STYLE_LOOK[paragraph.paragraphStyle.namedStyleType];
    const pieces = piecesOf(paragraph);
    if (pieces.length === 0) {
      this.pdf.font('regular').fontSize(look.size).text(' ', this.left, this.pdf.y, { width: this.width });
    }
    let text: Array<Piece & { kind: 'text' }> = [];
    for (const piece of pieces) {
      if (piece.kind === 'text') {
        text.push(piece);
        continue;
      }
      if (text.length > 0) this.writeText(text, paragraph);
      text = [];
      this.writeImage(piece.objectId);
    }
    if (text.length > 0) this.writeText(text, paragraph);
    this.pdf.x = this.left;
    this.pdf.moveDown(0.3);
  }

  table(table: Table): void {
    const columns = Math.max(1, table.columns);
    const columnWidth = this.width / columns;
    for (const row of table.tableRows) {
      const cells = row.tableCells.map((cell) => {
        const paragraphs = cell.content.filter(isParagraph);
        const first = paragraphs[0]?.paragraph;
        const firstRun = first?.elements.find((element) => 'textRun' in element);
        const style = firstRun && 'textRun' in firstRun ? firstRun.textRun.textStyle : {};
        const look = NAMED_STYLE_LOOK[first?.paragraphStyle.namedStyleType ?? 'NORMAL_TEXT'];
        const text = paragraphs.map((holder) => lineBreaksAsNewlines(paragraphText(holder.paragraph))).join('\n');
        return { text: text === '' ? ' ' : text, font: fontFor(style, look.bold), size: style.fontSize?.magnitude ?? look.size };
      });
      const heights = cells.map((cell) =>
        this.pdf.font(cell.font).fontSize(cell.size).heightOfString(cell.text, { width: columnWidth - 2 * CELL_PADDING }),
      );
      const rowHeight = Math.max(0, ...heights) + 2 * CELL_PADDING;
      if (this.pdf.y + rowHeight > this.bottom) this.pdf.addPage();
      const top = this.pdf.y;
      cells.forEach((cell, i) => {
        const x = this.left + i * columnWidth;
        this.pdf.rect(x, top, columnWidth, rowHeight).stroke();
        this.pdf.font(cell.font).fontSize(cell.size).text(cell.text, x + CELL_PADDING, top + CELL_PADDING, {
          width: columnWidth - 2 * CELL_PADDING,
        });
      });
      this.pdf.x = this.left;
      this.pdf.y = top + rowHeight;
    }
    this.pdf.moveDown(0.3);
  }

  content(content: readonly StructuralElement[]): void {
    for (const element of content) {
      if (isParagraph(element)) this.paragraph(element.paragraph);
      else if (isTable(element)) this.table(element.table);
    }
  }

  /** The height a header or footer takes, measured before the pages are laid out. */
  measure(content: readonly StructuralElement[]): number {
    let height = 0;
    for (const element of content) {
      if (!isParagraph(element)) continue;
      const paragraph = element.paragraph;
      const look = NAMED_STYLE_LOOK[paragraph.paragraphStyle.namedStyleType];
      const text = lineBreaksAsNewlines(paragraphText(paragraph));
      if (text !== '' || paragraph.elements.every((item) => !isInlineObject(item))) {
        height += this.pdf.font('regular').fontSize(look.size).heightOfString(text === '' ? ' ' : text, { width: this.width });
      }
      for (const item of paragraph.elements) {
        if (!isInlineObject(item)) continue;
        const stored = readInlineObject(this.data, item.inlineObjectElement.inlineObjectId);
        if (stored) height += stored.heightPx * POINTS_PER_PIXEL;
      }
      height += this.pdf.currentLineHeight() * 0.3;
    }
    return height;
  }
}

export interface PdfOptions {
  readonly title?: string;
}

/** The PDF bytes, produced synchronously (see the note at the top of this file). */
export function renderPdfSync(data: DocumentData, options: PdfOptions = {}): Uint8Array {
  const pdf = new PDFDocument({ size: 'A4', autoFirstPage: false, bufferPages: true, info: { Title: options.title ?? '' } });
  registerFonts(pdf);
  const { header, body, footer } = sectionsOf(data);
  const writer = new PdfWriter(pdf, data);

  // Measure on a scratch page with the final side margins, then lay out the real pages.
  pdf.addPage({ size: 'A4', margin: PAGE_MARGIN });
  const headerHeight = header.length > 0 ? writer.measure(header) : 0;
  const footerHeight = footer.length > 0 ? writer.measure(footer) : 0;
  const margins = {
    left: PAGE_MARGIN,
    right: PAGE_MARGIN,
    top: header.length > 0 ? Math.max(PAGE_MARGIN, EDGE_MARGIN + headerHeight + SECTION_GAP) : PAGE_MARGIN,
    bottom: footer.length > 0 ? Math.max(PAGE_MARGIN, EDGE_MARGIN + footerHeight + SECTION_GAP) : PAGE_MARGIN,
  };
  pdf.page.margins = { ...margins };
  pdf.options.margins = { ...margins };
  pdf.x = margins.left;
  pdf.y = margins.top;
  writer.content(body);

  const pages = pdf.bufferedPageRange();
  for (let i = pages.start; i < pages.start + pages.count; i++) {
    pdf.switchToPage(i);
    if (header.length > 0) {
      pdf.x = margins.left;
      pdf.y = EDGE_MARGIN;
      writer.content(header);
    }
    if (footer.length > 0) {
      pdf.page.margins.bottom = 0;
      pdf.x = margins.left;
      pdf.y = pdf.page.height - margins.bottom + SECTION_GAP;
      writer.content(footer);
      pdf.page.margins.bottom = margins.bottom;
    }
  }
  pdf.end();

  const chunks: Buffer[] = [];
  for (let chunk = pdf.read() as Buffer | null; chunk !== null; chunk = pdf.read() as Buffer | null) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

export async function renderPdf(data: DocumentData, options: PdfOptions = {}): Promise<Buffer> {
  return Buffer.from(renderPdfSync(data, options));
}
