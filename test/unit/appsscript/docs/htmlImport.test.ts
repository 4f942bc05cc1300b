// The Workspace emulator's Drive HTML → Google Docs import, which Setup relies on
// (scripts/emulators/workspace/docs/import). Checked against the document model the Docs API sees.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocumentData, renderText, type DocumentData } from '../../../../scripts/emulators/workspace/docs';
import { htmlToDocumentData, decodeEntities } from '../../../../scripts/emulators/workspace/docs/import';

function body(data: DocumentData): unknown[] {
  return data.body.content.slice(1);
}

describe('Drive HTML import (emulated)', () => {
  it('makes headings, aligned paragraphs and bold, italic and underlined runs', () => {
    const data = htmlToDocumentData('<h1 style="text-align:center">Заголовок</h1><p style="text-align: right">Справа <b>жирно</b> <i>курсив</i> <u>подчёркнуто</u></p><h3>Мелкий</h3>');
    expect(body(data)).toEqual([
      { paragraph: { elements: [{ textRun: { content: 'Заголовок\n', textStyle: {} } }], paragraphStyle: { namedStyleType: 'HEADING_1', alignment: 'CENTER' } } },
      {
        paragraph: {
          elements: [
            { textRun: { content: 'Справа ', textStyle: {} } },
            { textRun: { content: 'жирно', textStyle: { bold: true } } },
            { textRun: { content: ' ', textStyle: {} } },
            { textRun: { content: 'курсив', textStyle: { italic: true } } },
            { textRun: { content: ' ', textStyle: {} } },
            { textRun: { content: 'подчёркнуто\n', textStyle: { underline: true } } },
          ],
          paragraphStyle: { namedStyleType: 'NORMAL_TEXT', alignment: 'END' },
        },
      },
      { paragraph: { elements: [{ textRun: { content: 'Мелкий\n', textStyle: {} } }], paragraphStyle: { namedStyleType: 'HEADING_3' } } },
    ]);
  });

  it('collapses whitespace as a browser shows it and turns <br> into a soft line break', () => {
    const data = htmlToDocumentData('<p>\n  один   два\n <br>  три  </p>');
    expect(renderText(data)).toBe('один два\nтри\n');
    expect(JSON.stringify(data)).toContain('один два\\u000bтри\\n');
  });

  it('decodes character references and keeps no-break spaces', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&nbsp;&#8470;&#x2116;&unknown;')).toBe('&<>"\u00a0№№&unknown;');
    expect(renderText(htmlToDocumentData('<p>№&nbsp;1 &laquo;А&raquo;</p>'))).toBe('№\u00a01 «А»\n');
  });

  it('makes tables with every row as wide as the widest, colspan and rowspan as empty merged-away cells, th bold', () => {
    const data = htmlToDocumentData('<table><tr><th>A</th><th>B</th><th>C</th></tr><tr><td colspan="2">D</td><td rowspan="2">E</td></tr><tr><td>F</td></tr></table>');
    expect(renderText(data)).toBe('\nA\tB\tC\nD\t\tE\nF\t\t\n\n');
    const [, table] = body(data) as [unknown, { table: { rows: number; columns: number; tableRows: { tableCells: { content: { paragraph: { elements: { textRun: { textStyle: object } }[] } }[] }[] }[] } }];
    expect([table.table.rows, table.table.columns]).toEqual([3, 3]);
    expect(table.table.tableRows[0]?.tableCells[0]?.content[0]?.paragraph.elements[0]?.textRun.textStyle).toEqual({ bold: true });
  });

  it('keeps a paragraph before a table and after the last one, as Docs does', () => {
    const data = htmlToDocumentData('<table><tr><td>x</td></tr></table><table><tr><td>y</td></tr></table>');
    const kinds = data.body.content.map((element) => Object.keys(element)[0]);
    expect(kinds).toEqual(['sectionBreak', 'paragraph', 'table', 'paragraph', 'table', 'paragraph']);
  });

  it('drops head, title, style and script, and reads unknown tags through', () => {
    const text = renderText(htmlToDocumentData('<html><head><title>Т</title><style>p{}</style></head><body><script>alert(1)</script><p><span>текст</span></p></body></html>'));
    expect(text).toBe('текст\n');
  });

  it('turns every starter template into a valid document that keeps its text', () => {
    const folder = join(__dirname, '../../../../templates/docs');
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.html'))) {
      const data = htmlToDocumentData(readFileSync(join(folder, file), 'utf8'));
      expect(parseDocumentData(JSON.parse(JSON.stringify(data))).status).toBe('success');
      const text = renderText(data);
      expect(text).toContain('{{#requisites}}');
      expect(text).not.toMatch(/<[a-z/]/i);
    }
  });
});
