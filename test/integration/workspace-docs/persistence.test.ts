// The stored document is plain JSON the runtime saves to its data folder and copies for Drive
// makeCopy; loading checks it before trusting it.
import {
  cloneDocumentData,
  DocModel,
  newDocumentData,
  parseDocumentData,
  renderText,
} from '../../../scripts/emulators/workspace/docs';
import { pngBlob, setup } from './fixtures';

function richDocument() {
  const env = setup();
  const doc = env.app.create('Шаблон договора');
  const body = doc.getBody();
  body.setText('ДОГОВОР № {{number}}');
  body.appendTable([['Поставщик', '{{supplier}}']]);
  doc.addHeader().appendParagraph('').appendInlineImage(pngBlob());
  env.docs.Documents.batchUpdate({ requests: [{ createNamedRange: { name: 'number', range: { startIndex: 11, endIndex: 21 } } }] }, doc.getId());
  return { ...env, doc, data: env.dataOf(doc.getId()) };
}

describe('document JSON', () => {
  it('round-trips through JSON.stringify and DocModel.fromJSON unchanged', () => {
    const { data } = richDocument();
    const text = JSON.stringify(new DocModel(data));
    const loaded = DocModel.fromJSON(JSON.parse(text));
    expect(loaded.toJSON()).toEqual(data);
    expect(renderText(loaded.toJSON())).toBe(renderText(data));
  });

  it('gives a clone that changes independently of its template', () => {
    const { app, ctx, data, doc } = richDocument();
    const copy = ctx.createFile({ name: 'Договор 15', mimeType: 'application/vnd.google-apps.document', content: cloneDocumentData(data) });
    const copyDoc = app.openById(copy.id);
    copyDoc.getBody().replaceText('\\{\\{number\\}\\}', '15');
    copyDoc.getHeader()?.clear();
    expect(doc.getBody().getText()).toBe('ДОГОВОР № {{number}}\nПоставщик\n{{supplier}}\n');
    expect(copyDoc.getBody().getText()).toBe('ДОГОВОР № 15\nПоставщик\n{{supplier}}\n');
    expect(Object.keys(data.inlineObjects)).toHaveLength(1);
    expect(doc.getNamedRanges('number')).toHaveLength(1);
  });

  it('starts a new document as Docs does: a section break and one empty paragraph', () => {
    const data = newDocumentData();
    expect(data.body.content).toHaveLength(2);
    expect(renderText(data)).toBe('\n');
  });

  it.each([
    ['not an object', 'text'],
    ['an unknown schema', { schemaVersion: 2 }],
    ['a body without a section break', { ...newDocumentData(), body: { content: [] } }],
    ['a paragraph without its newline', {
      ...newDocumentData(),
      body: { content: [{ sectionBreak: {} }, { paragraph: { elements: [{ textRun: { content: 'x', textStyle: {} } }], paragraphStyle: {} } }] },
    }],
    ['a header filed under the wrong id', { ...newDocumentData(), headers: { a: { headerId: 'b', content: [] } } }],
  ])('refuses %s with a typed error', (_name, json) => {
    const parsed = parseDocumentData(json);
    expect(parsed.status).toBe('error');
    if (parsed.status === 'error') expect(parsed.type).toBe('bad_document');
    expect(() => DocModel.fromJSON(json)).toThrow(/Not an emulated document/);
  });
});
