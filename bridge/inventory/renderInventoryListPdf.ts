import PDFDocument from 'pdfkit';
import { fail, ok, type Result } from '../../shared/result';
import type { InventoryList } from './inventoryList';

export type InventoryPdfError = 'inventory_pdf_failed' | 'inventory_empty';

/** Both copies of form 107 go in one PDF, each on its own page(s): one in the envelope, one stays with us, stamped. */
export const INVENTORY_COPIES = 2;

const FONT_REGULAR = 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf';
const FONT_BOLD = 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf';

const MM = 72 / 25.4;
const MARGIN = 15 * MM;
const COLUMNS = [
  { title: '№ п/п', width: 14 * MM, align: 'center' },
  { title: 'Наименование предметов', width: 106 * MM, align: 'left' },
  { title: 'Количество предметов', width: 28 * MM, align: 'center' },
  { title: 'Объявленная ценность, руб.', width: 32 * MM, align: 'right' },
] as const;
const CELL_PADDING = 1.5 * MM;

/**
 * Russian Post form 107, «Опись вложения», for one envelope (a valuable letter with an
 * inventory): sender, recipient, the table «№ п/п — Наименование предметов — Количество
 * предметов — Объявленная ценность, руб.», the total, and the lines for the sender's and the
 * postal worker's signatures. Two copies, each starting on a new A4 page, so the duplex printer
 * prints it one-sided. Text is DejaVu Sans, bundled with the bridge, for the Cyrillic.
 */
export async function renderInventoryListPdf(list: InventoryList): Promise<Result<Uint8Array, InventoryPdfError>> {
  if (list.items.length === 0) return fail('inventory_empty', 'Опись не напечатать: в конверте нет документов.');
  try {
    const document = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      autoFirstPage: false,
      info: { Title: 'Опись вложения (ф. 107)', Creator: 'Docflow bridge' },
    });
    document.registerFont('regular', require.resolve(FONT_REGULAR));
    document.registerFont('bold', require.resolve(FONT_BOLD));
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    const finished = new Promise<void>((resolve, reject) => {
      document.on('end', resolve);
      document.on('error', reject);
    });
    for (let copy = 0; copy < INVENTORY_COPIES; copy += 1) drawCopy(document, list);
    document.end();
    await finished;
    return ok(new Uint8Array(Buffer.concat(chunks)));
  } catch (error) {
    return fail('inventory_pdf_failed', `Не удалось собрать PDF описи вложения: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

function drawCopy(document: PDFKit.PDFDocument, list: InventoryList): void {
  document.addPage();
  const left = MARGIN;
  const width = COLUMNS.reduce((sum, column) => sum + column.width, 0);

  document.font('regular').fontSize(9).text('ф. 107', left, MARGIN, { width, align: 'right' });
  document.font('bold').fontSize(16).text('ОПИСЬ ВЛОЖЕНИЯ', left, document.y + 4, { width, align: 'center' });
  document.font('regular').fontSize(11).text('в ценное письмо', { width, align: 'center' });
  document.moveDown(1);

  labelled(document, 'Куда', [...list.recipientAddressLines].join(', '), width);
  labelled(document, 'Кому', list.recipientName, width);
  labelled(document, 'От кого', [list.senderName, ...list.senderAddressLines].filter((part) => part !== '').join(', '), width);
  document.moveDown(0.8);

  let y = document.y;
  y = row(document, y, COLUMNS.map((column) => column.title), true);
  list.items.forEach((item, index) => {
    y = ensureRoom(document, y, list);
    y = row(document, y, [String(index + 1), item.title, String(item.quantity), formatRoubles(item.declaredValueRub)], false);
  });
  const quantity = list.items.reduce((sum, item) => sum + item.quantity, 0);
  const value = list.items.reduce((sum, item) => sum + item.declaredValueRub, 0);
  y = ensureRoom(document, y, list);
  y = row(document, y, ['', 'Итого', String(quantity), formatRoubles(value)], true);

  document.font('regular').fontSize(10);
  document.text(`Общая сумма объявленной ценности: ${formatRoubles(value)} руб.`, left, y + 10, { width });
  document.moveDown(2);
  document.text('Отправитель  ______________________  (подпись)', left, document.y, { width });
  document.moveDown(1.5);
  document.text('Проверил  ______________________  (подпись работника связи)', left, document.y, { width });
  document.moveDown(2);
  document.fontSize(7).fillColor('#555555').text(`Конверт ${list.envelopeId}`, left, document.y, { width, align: 'right' });
  document.fillColor('#000000');
}

function labelled(document: PDFKit.PDFDocument, label: string, value: string, width: number): void {
  document.font('bold').fontSize(11).text(`${label}: `, MARGIN, document.y, { width, continued: true });
  document.font('regular').text(value === '' ? '________________________________________' : value);
  document.moveDown(0.3);
}

/** One table row; returns the y below it. Cells wrap; the row is as tall as its tallest cell. */
function row(document: PDFKit.PDFDocument, y: number, cells: readonly string[], bold: boolean): number {
  document.font(bold ? 'bold' : 'regular').fontSize(bold ? 9 : 10);
  const heights = COLUMNS.map((column, index) =>
    document.heightOfString(cells[index] ?? '', { width: column.width - 2 * CELL_PADDING, align: column.align }),
  );
  const height = Math.max(...heights) + 2 * CELL_PADDING;
  let x = MARGIN;
  COLUMNS.forEach((column, index) => {
    document.rect(x, y, column.width, height).lineWidth(0.7).stroke();
    document.text(cells[index] ?? '', x + CELL_PADDING, y + CELL_PADDING, { width: column.width - 2 * CELL_PADDING, align: column.align });
    x += column.width;
  });
  return y + height;
}

/** Continues the table on a new page when the next row would not fit. */
function ensureRoom(document: PDFKit.PDFDocument, y: number, list: InventoryList): number {
  const bottom = document.page.height - MARGIN - 120;
  if (y < bottom) return y;
  document.addPage();
  document.font('regular').fontSize(9).text(`Опись вложения (продолжение) — ${list.recipientName}`, MARGIN, MARGIN);
  return document.y + 6;
}

function formatRoubles(value: number): string {
  return value.toLocaleString('ru-RU', { maximumFractionDigits: 0 });
}
