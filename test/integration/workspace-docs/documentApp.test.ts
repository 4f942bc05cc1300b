// DocumentApp behaviour the product relies on.
// https://developers.google.com/apps-script/reference/document
import type { ParagraphImpl } from '../../../scripts/emulators/workspace/docs/documentApp/paragraph';
import { setup } from './fixtures';

function fresh() {
  const env = setup();
  const doc = env.app.create('Документ');
  return { ...env, doc, body: doc.getBody() };
}

describe('DocumentApp documents', () => {
  it('opens by id and by URL, names and renames', () => {
    const { app, doc } = fresh();
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    expect(app.openByUrl(doc.getUrl()).getName()).toBe('Документ');
    app.openById(doc.getId()).setName('Договор № 7');
    expect(doc.getName()).toBe('Договор № 7');
  });

  it('answers getActiveDocument from the runtime\'s active document id, or null', () => {
    const env = setup();
    const doc = env.app.create('Привязанный');
    expect(env.app.getActiveDocument()).toBeNull();
    const { createDocumentApp } = jest.requireActual('../../../scripts/emulators/workspace/docs') as typeof import('../../../scripts/emulators/workspace/docs');
    const bound = createDocumentApp(env.ctx, { activeDocumentId: () => doc.getId() });
    expect(bound.getActiveDocument()?.getId()).toBe(doc.getId());
  });

  it('refuses getUi without a UI, with Apps Script\'s message', () => {
    const { app } = fresh();
    expect(() => app.getUi()).toThrow('Cannot call DocumentApp.getUi() from this context.');
  });

  it('has one header at most', () => {
    const { doc } = fresh();
    expect(doc.getHeader()).toBeNull();
    doc.addHeader();
    expect(doc.getHeader()?.getNumChildren()).toBe(1);
    expect(() => doc.addHeader()).toThrow(/already contains a header/);
  });
});

describe('paragraphs and text', () => {
  it('sets headings and alignment with the enums', () => {
    const { app, body } = fresh();
    const title = body.insertParagraph(0, 'ДОГОВОР ПОСТАВКИ');
    title.setHeading(app.ParagraphHeading.TITLE).setAlignment(app.HorizontalAlignment.CENTER);
    expect(title.getHeading()).toBe(app.ParagraphHeading.TITLE);
    expect(title.getAlignment()).toBe(app.HorizontalAlignment.CENTER);
    expect(String(title.getType())).toBe('PARAGRAPH');
    expect((body.getChild(1) as ParagraphImpl).getAlignment()).toBeNull();
  });

  it('styles ranges of text and reports runs', () => {
    const { body } = fresh();
    const paragraph = body.appendParagraph('Итого к оплате: 1 000,00 руб.');
    const text = paragraph.editAsText();
    text.setBold(16, 23, true).setFontSize(16, 23, 14).setFontFamily('Times New Roman').setForegroundColor(0, 5, '#ff0000');
    expect(text.isBold(16)).toBe(true);
    expect(text.isBold()).toBeNull();
    expect(text.getFontSize(20)).toBe(14);
    expect(text.getFontFamily()).toBe('Times New Roman');
    expect(text.getForegroundColor(0)).toBe('#ff0000');
    expect(text.getTextAttributeIndices()).toEqual([0, 6, 16, 24]);
  });

  it('inserts and deletes text by offset, and keeps "\\n" inside the paragraph as a line break', () => {
    const { body } = fresh();
    const paragraph = body.appendParagraph('ул. Ленина');
    const text = paragraph.editAsText();
    text.insertText(0, 'г. Минск, ');
    text.deleteText(8, 9);
    expect(paragraph.getText()).toBe('г. Минскул. Ленина');
    paragraph.setText('строка 1\nстрока 2');
    expect(paragraph.getText()).toBe('строка 1\rстрока 2');
    expect(body.getNumChildren()).toBe(2);
  });

  it('refuses to remove the last paragraph of a section, with Apps Script\'s message', () => {
    const { body } = fresh();
    expect(() => body.removeChild(body.getChild(0))).toThrow("Can't remove the last paragraph in a document section.");
    body.appendParagraph('второй');
    body.removeChild(body.getChild(0));
    expect(body.getText()).toBe('второй');
  });

  it('reports a child index out of range with Apps Script\'s message', () => {
    const { body } = fresh();
    expect(() => body.getChild(3)).toThrow('Child index (3) must be less than the number of child elements (1).');
  });

  it('clears a body down to one empty paragraph', () => {
    const { body } = fresh();
    body.appendParagraph('a');
    body.appendTable([['b']]);
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
  });
});

describe('tables', () => {
  it('grows a table from a template row: copy, append, fill, then remove the template', () => {
    const { body } = fresh();
    const table = body.appendTable([
      ['Наименование', 'Кол-во'],
      ['{{name}}', '{{qty}}'],
    ]);
    const template = table.getRow(1);
    for (const [name, qty] of [
      ['Лицензия', '1'],
      ['Внедрение', '40'],
    ]) {
      const row = table.appendTableRow(template.copy());
      row.replaceText('\\{\\{name\\}\\}', name as string);
      row.replaceText('\\{\\{qty\\}\\}', qty as string);
    }
    table.removeRow(1);
    expect(table.getNumRows()).toBe(3);
    expect(table.getText()).toBe('Наименование\nКол-во\nЛицензия\n1\nВнедрение\n40');
  });

  it('inserts rows at a position and builds rows cell by cell', () => {
    const { body } = fresh();
    const table = body.appendTable([['1'], ['3']]);
    const row = table.insertTableRow(1);
    row.appendTableCell('2');
    expect(table.getText()).toBe('1\n2\n3');
    expect(table.getCell(1, 0).getParentRow()?.getParentTable()?.getNumRows()).toBe(3);
  });

  it('refuses to insert an element that still has a parent', () => {
    const { body } = fresh();
    const table = body.appendTable([['a']]);
    expect(() => table.appendTableRow(table.getRow(0))).toThrow('Element must be detached.');
    const paragraph = body.appendParagraph('p');
    expect(() => body.appendParagraph(paragraph)).toThrow('Element must be detached.');
    body.appendParagraph(paragraph.copy());
    expect(body.getParagraphs().map((item) => item.getText())).toEqual(['', 'a', '', 'p', 'p']);
  });

  it('copies a table with its images into another document', () => {
    const { app, body } = fresh();
    const table = body.appendTable([['a']]);
    const other = app.create('Другой');
    other.getBody().appendTable(table.copy());
    expect(other.getBody().getTables()[0]?.getText()).toBe('a');
  });
});
