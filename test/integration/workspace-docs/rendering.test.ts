// The renderings behind the inspection endpoints: plain text, HTML with images as data: URIs,
// and a PDF in a Cyrillic-capable font, produced synchronously (Apps Script's getAs is).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderHtml, renderPdf, renderPdfSync, renderText } from '../../../scripts/emulators/workspace/docs';
import type { EmulatedBlob } from '../../../scripts/emulators/workspace/docs';
import type { ParagraphImpl } from '../../../scripts/emulators/workspace/docs/documentApp/paragraph';
import { pngBlob, setup } from './fixtures';

function letter() {
  const env = setup();
  const doc = env.app.create('Письмо № 15');
  const header = doc.addHeader();
  const headerParagraph = header.getChild(0) as ParagraphImpl;
  headerParagraph.appendText('ООО «Ромашка» · Рег. № 2025-0015');
  headerParagraph.appendInlineImage(pngBlob(60, 12));
  const body = doc.getBody();
  body.setText('ДОГОВОР ПОСТАВКИ № 15');
  (body.getChild(0) as ParagraphImpl).setHeading(env.app.ParagraphHeading.HEADING1);
  const paragraph = body.appendParagraph('Покупатель: Иванов И. И. <script>&</script>');
  paragraph.editAsText().setBold(0, 10, true);
  body.appendTable([
    ['Товар', 'Сумма'],
    ['Лицензия «Битрикс24»', '12 000,00 ₽'],
  ]);
  doc.addFooter().appendParagraph('Страница подписей');
  return { ...env, doc, data: env.dataOf(doc.getId()) };
}


function pdfText(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'docs-pdf-'));
  const file = join(dir, 'out.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('text rendering', () => {
  it('writes the header, the body and the footer, tables as tab-separated rows', () => {
    const { data } = letter();
    expect(renderText(data)).toBe(
      [
        'ООО «Ромашка» · Рег. № 2025-0015',
        'ДОГОВОР ПОСТАВКИ № 15',
        'Покупатель: Иванов И. И. <script>&</script>',
        'Товар\tСумма',
        'Лицензия «Битрикс24»\t12 000,00 ₽',
        '',
        '',
        'Страница подписей',
        '',
      ].join('\n'),
    );
  });
});

describe('HTML rendering', () => {
  it('renders headings, bold runs, tables and escapes text', () => {
    const { data } = letter();
    const html = renderHtml(data, { title: 'Письмо № 15' });
    expect(html).toContain('<title>Письмо № 15</title>');
    expect(html).toMatch(/<h1[^>]*>ДОГОВОР ПОСТАВКИ № 15<\/h1>/);
    expect(html).toContain('<span style="font-weight: bold">Покупатель:</span>');
    expect(html).toContain('&#60;script&#62;&#38;&#60;/script&#62;');
    expect(html).not.toContain('<script>');
    expect(html).toMatch(/<table><tr><td><p[^>]*>Товар<\/p><\/td><td><p[^>]*>Сумма<\/p><\/td><\/tr>/);
    expect(html).toMatch(/<footer>.*Страница подписей/s);
  });

  it('puts images inline as data: URIs with their pixel size', () => {
    const { data } = letter();
    const html = renderHtml(data);
    expect(html).toMatch(/<header>.*<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" width="60" height="12" alt="">/s);
  });
});

describe('PDF rendering', () => {
  it('produces the whole file synchronously', () => {
    const { data } = letter();
    const bytes = renderPdfSync(data, { title: 'Письмо' });
    const text = Buffer.from(bytes).toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('embeds the DejaVu font and the header image', () => {
    const { data } = letter();
    const text = Buffer.from(renderPdfSync(data)).toString('latin1');
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
    expect(text).toMatch(/\/FontFile2/);
    expect(text).toMatch(/\/Subtype \/Image/);
  });

  it('reads back as the Cyrillic text of the document (pdftotext)', () => {
    const { data } = letter();
    const text = pdfText(renderPdfSync(data));
    for (const expected of ['ДОГОВОР ПОСТАВКИ № 15', 'Покупатель: Иванов И. И.', 'Лицензия «Битрикс24»', '12 000,00 ₽', 'ООО «Ромашка»', 'Страница подписей']) {
      expect(text).toContain(expected);
    }
  });

  it('repeats the header on every page of a long document', () => {
    const { doc, dataOf } = letter();
    const body = doc.getBody();
    for (let i = 1; i <= 80; i++) body.appendParagraph(`Пункт ${i}. Стороны договорились о поставке товара в срок.`);
    const text = pdfText(renderPdfSync(dataOf(doc.getId())));
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('Рег. № 2025-0015');
    expect(text).toContain('Пункт 80.');
  });

  it('is what Document.getAs("application/pdf") returns, and renderPdf resolves to the same bytes', async () => {
    const { doc, data } = letter();
    const blob = doc.getAs('application/pdf') as EmulatedBlob;
    expect(blob.getContentType()).toBe('application/pdf');
    expect(blob.getName()).toBe('Письмо № 15.pdf');
    const fromBlob = Buffer.from(Uint8Array.from(blob.getBytes(), (b) => b & 0xff)).toString('latin1');
    expect(fromBlob.startsWith('%PDF-')).toBe(true);
    const asynchronous = await renderPdf(data);
    expect(asynchronous.subarray(0, 5).toString()).toBe('%PDF-');
    expect(() => doc.getAs('image/png')).toThrow(
      'Converting from application/vnd.google-apps.document to image/png is not supported.',
    );
  });
});
