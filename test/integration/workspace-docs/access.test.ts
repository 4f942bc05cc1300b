// Sharing and locks come from the runtime (EmulatorContext.openFile): DocumentApp and the Docs API
// ask for 'read' to read and 'edit' to change, on every call, and pass its errors through.
import type { ParagraphImpl } from '../../../scripts/emulators/workspace/docs/documentApp/paragraph';
import { setup } from './fixtures';

function shared() {
  const env = setup();
  const doc = env.app.create('Договор 15');
  doc.getBody().setText('Текст договора');
  const id = doc.getId();
  return { ...env, doc, id };
}

describe('access through the runtime', () => {
  it('lets a reader read and refuses every edit', () => {
    const { ctx, app, docs, id } = shared();
    ctx.share(id, 'lawyer@example.com', 'reader');
    ctx.user = 'lawyer@example.com';
    const doc = app.openById(id);
    const body = doc.getBody();
    expect(body.getText()).toBe('Текст договора');
    expect(() => body.appendParagraph('правка')).toThrow('Access denied: DocumentApp.');
    expect(() => (body.getChild(0) as ParagraphImpl).setText('x')).toThrow('Access denied: DocumentApp.');
    expect(() => body.replaceText('Текст', 'x')).toThrow('Access denied: DocumentApp.');
    expect(() => doc.setName('Чужое')).toThrow('Access denied: DocumentApp.');
    expect(() => docs.Documents.batchUpdate({ requests: [] }, id)).toThrow('Access denied: Docs.');
    expect(docs.Documents.get(id)).toHaveProperty('title', 'Договор 15');
    expect(body.getText()).toBe('Текст договора');
  });

  it('checks on every call, so a lock set after opening stops the next edit', () => {
    const { ctx, doc, id } = shared();
    const paragraph = doc.getBody().getChild(0) as ParagraphImpl;
    paragraph.appendText(' (черновик)');
    ctx.lock(id);
    expect(() => paragraph.appendText(' ещё')).toThrow('Access denied: DocumentApp.');
    expect(paragraph.getText()).toBe('Текст договора (черновик)');
  });

  it('passes the runtime\'s not-found error through for a user without access', () => {
    const { ctx, app, docs, id } = shared();
    ctx.user = 'stranger@example.com';
    expect(() => app.openById(id)).toThrow(/No item with the given ID could be found/);
    expect(() => docs.Documents.get(id)).toThrow(/No item with the given ID could be found/);
  });

  it('marks the file changed after each edit so the runtime persists it', () => {
    const { ctx, doc, id } = shared();
    ctx.touched.length = 0;
    doc.getBody().appendParagraph('ещё');
    expect(ctx.touched).toEqual([id]);
  });
});

describe('DocumentApp call counting', () => {
  it('counts each method under its class, and a container method under the container\'s class', () => {
    const { ctx, app, id } = shared();
    ctx.calls.reset();
    const doc = app.openById(id);
    const body = doc.getBody();
    const table = body.appendTable([['a']]);
    table.getCell(0, 0).appendParagraph('b');
    body.replaceText('a', 'c');
    expect(ctx.calls.snapshot()).toEqual({
      DocumentApp: 6,
      'DocumentApp.DocumentApp.openById': 1,
      'DocumentApp.Document.getBody': 1,
      'DocumentApp.Body.appendTable': 1,
      'DocumentApp.Table.getCell': 1,
      'DocumentApp.TableCell.appendParagraph': 1,
      'DocumentApp.Body.replaceText': 1,
    });
  });
});

describe('saveAndClose', () => {
  it('saves and makes the Document object unusable, as Apps Script does', () => {
    const { ctx, doc, id } = shared();
    ctx.touched.length = 0;
    doc.saveAndClose();
    expect(ctx.touched).toEqual([id]);
    expect(() => doc.getBody()).toThrow('Document is closed, its contents cannot be updated.');
  });
});
