// Index arithmetic as the Docs API reports it:
// https://developers.google.com/docs/api/concepts/structure#start_and_end_indices
import { pngBlob, setup, type ApiElement } from './fixtures';
import type { ParagraphImpl } from '../../../scripts/emulators/workspace/docs/documentApp/paragraph';

function sample() {
  const env = setup();
  const doc = env.app.create('Индексы');
  const body = doc.getBody();
  (body.getChild(0) as ParagraphImpl).setText('Договор 😀');
  body.appendTable([['A', '']]);
  const header = doc.addHeader();
  const headerParagraph = header.getChild(0) as ParagraphImpl;
  headerParagraph.appendText('Hdr');
  headerParagraph.appendInlineImage(pngBlob());
  const api = env.docs.Documents.get(doc.getId()) as {
    body: { content: ApiElement[] };
    headers: Record<string, { content: ApiElement[] }>;
  };
  return { ...env, doc, api };
}

describe('document indices', () => {
  it('opens the body with a section break at [0, 1) that has no startIndex', () => {
    const { api } = sample();
    const first = api.body.content[0] as ApiElement;
    expect(first.sectionBreak).toBeDefined();
    expect(first.startIndex).toBeUndefined();
    expect(first.endIndex).toBe(1);
  });

  it('counts UTF-16 code units, so an emoji takes two indices and the newline one', () => {
    const { api } = sample();
    const paragraph = api.body.content[1] as ApiElement;
    // "Договор" (7) + " " (1) + "😀" (2 code units) + "\n" (1) = 11
    expect([paragraph.startIndex, paragraph.endIndex]).toEqual([1, 12]);
    expect(paragraph.paragraph?.elements[0]?.textRun?.content).toBe('Договор 😀\n');
  });

  it('gives a table one index for its start, each row start, each cell start and its end', () => {
    const { api } = sample();
    const table = api.body.content[2] as ApiElement;
    expect([table.startIndex, table.endIndex]).toEqual([12, 20]);
    const row = table.table?.tableRows[0];
    expect([row?.startIndex, row?.endIndex]).toEqual([13, 19]);
    const [first, second] = row?.tableCells ?? [];
    expect([first?.startIndex, first?.endIndex]).toEqual([14, 17]);
    expect([first?.content[0]?.startIndex, first?.content[0]?.endIndex]).toEqual([15, 17]);
    expect([second?.startIndex, second?.endIndex]).toEqual([17, 19]);
    expect([second?.content[0]?.startIndex, second?.content[0]?.endIndex]).toEqual([18, 19]);
  });

  it('keeps a paragraph after a table that ends the body', () => {
    const { api } = sample();
    const last = api.body.content[3] as ApiElement;
    expect([last.startIndex, last.endIndex]).toEqual([20, 21]);
    expect(api.body.content).toHaveLength(4);
  });

  it('numbers a header from 0 and counts an inline image as one index', () => {
    const { api } = sample();
    const header = Object.values(api.headers)[0];
    const paragraph = header?.content[0] as ApiElement;
    expect(paragraph.startIndex).toBeUndefined();
    expect(paragraph.endIndex).toBe(5);
    const spans = paragraph.paragraph?.elements.map((element) => [element.startIndex ?? 0, element.endIndex]);
    expect(spans).toEqual([
      [0, 3],
      [3, 4],
      [4, 5],
    ]);
  });

  it('refuses to insert text on a table marker and inserts inside a cell paragraph', () => {
    const { docs, doc, dataOf } = sample();
    expect(() => docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 12 }, text: 'x' } }] }, doc.getId())).toThrow(
      'API call to docs.documents.batchUpdate failed with error: Invalid requests[0].insertText: The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.',
    );
    docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 18 }, text: 'B' } }] }, doc.getId());
    const table = doc.getBody().getTables()[0];
    expect(table?.getCell(0, 1).getText()).toBe('B');
    expect(dataOf(doc.getId()).revision).toBeGreaterThan(1);
  });

  it('reports an index past the segment end with the API message', () => {
    const { docs, doc } = sample();
    expect(() =>
      docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 500 }, text: 'x' } }] }, doc.getId()),
    ).toThrow('Invalid requests[0].insertText: Index 500 must be less than the end index of the referenced segment, 21.');
  });
});
