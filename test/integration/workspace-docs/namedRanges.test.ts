// Named ranges are index ranges that move with the text around them.
// https://developers.google.com/docs/api/reference/rest/v1/documents#NamedRange
// https://developers.google.com/apps-script/reference/document/named-range
import type { ParagraphImpl } from '../../../scripts/emulators/workspace/docs/documentApp/paragraph';
import type { TextImpl } from '../../../scripts/emulators/workspace/docs/documentApp/text';
import { setup } from './fixtures';

type Ranges = Record<string, { namedRanges: Array<{ namedRangeId: string; ranges: Array<{ startIndex: number; endIndex: number }> }> }>;

function withRange() {
  const env = setup();
  const doc = env.app.create('Диапазоны');
  const body = doc.getBody();
  body.setText('Вступление');
  body.appendParagraph('Сумма: {{sum}} руб.');
  body.appendParagraph('Конец');
  const id = doc.getId();
  // "Сумма: " is 7 units; the paragraph starts at 12, so {{sum}} is [19, 26).
  const created = env.docs.Documents.batchUpdate(
    { requests: [{ createNamedRange: { name: 'sum', range: { startIndex: 19, endIndex: 26 } } }] },
    id,
  ) as { replies: Array<{ createNamedRange: { namedRangeId: string } }> };
  const rangeOf = () => (env.docs.Documents.get(id) as { namedRanges: Ranges }).namedRanges['sum']?.namedRanges[0]?.ranges[0];
  const batch = (requests: unknown[]) => env.docs.Documents.batchUpdate({ requests }, id);
  const textOf = () => {
    const range = rangeOf();
    if (!range) return undefined;
    const named = doc.getNamedRanges('sum')[0];
    return named
      ?.getRange()
      .getRangeElements()
      .map((element) => {
        const text = (element.getElement() as TextImpl).getText();
        return element.isPartial() ? text.slice(element.getStartOffset(), element.getEndOffsetInclusive() + 1) : text;
      })
      .join('');
  };
  return { ...env, doc, body, id, created, rangeOf, batch, textOf };
}

describe('named ranges', () => {
  it('are created through the API and read back through DocumentApp', () => {
    const { created, doc, textOf } = withRange();
    const id = created.replies[0]?.createNamedRange.namedRangeId as string;
    expect(doc.getNamedRangeById(id)?.getName()).toBe('sum');
    expect(textOf()).toBe('{{sum}}');
  });

  it('shift when text is inserted or deleted before them', () => {
    const { batch, rangeOf, textOf } = withRange();
    batch([{ insertText: { location: { index: 1 }, text: 'Новое ' } }]);
    expect(rangeOf()).toEqual({ startIndex: 25, endIndex: 32 });
    batch([{ deleteContentRange: { range: { startIndex: 1, endIndex: 7 } } }]);
    expect(rangeOf()).toEqual({ startIndex: 19, endIndex: 26 });
    expect(textOf()).toBe('{{sum}}');
  });

  it('stay put when text changes after them, and grow when it is inserted inside', () => {
    const { batch, rangeOf, textOf } = withRange();
    batch([{ insertText: { location: { index: 30 }, text: ' (без НДС)' } }]);
    expect(rangeOf()).toEqual({ startIndex: 19, endIndex: 26 });
    batch([{ insertText: { location: { index: 21 }, text: 'total_' } }]);
    expect(textOf()).toBe('{{total_sum}}');
  });

  it('survive a replaceAllText of their own placeholder and cover the new text', () => {
    const { batch, textOf } = withRange();
    batch([{ replaceAllText: { containsText: { text: '{{sum}}' }, replaceText: '1 250,00' } }]);
    expect(textOf()).toBe('1 250,00');
  });

  it('survive DocumentApp edits around them: paragraphs inserted above, text appended after', () => {
    const { body, textOf } = withRange();
    body.insertParagraph(0, 'Шапка письма');
    (body.getChild(2) as ParagraphImpl).appendText(' Итого.');
    body.replaceText('Вступление', 'Введение в дело');
    expect(textOf()).toBe('{{sum}}');
  });

  it('get their content replaced with replaceNamedRangeContent and then cover it', () => {
    const { batch, textOf, body } = withRange();
    batch([{ replaceNamedRangeContent: { namedRangeName: 'sum', text: '99 000,00' } }]);
    expect(textOf()).toBe('99 000,00');
    batch([{ replaceNamedRangeContent: { namedRangeName: 'sum', text: '1,00' } }]);
    expect(body.getParagraphs()[1]?.getText()).toBe('Сумма: 1,00 руб.');
  });

  it('disappear when all of their text is deleted', () => {
    const { batch, doc } = withRange();
    batch([{ deleteContentRange: { range: { startIndex: 12, endIndex: 32 } } }]);
    expect(doc.getNamedRanges()).toHaveLength(0);
  });

  it('are made from DocumentApp elements and removed by id', () => {
    const { doc, batch, rangeOf } = withRange();
    const last = doc.getBody().getParagraphs()[2] as ParagraphImpl;
    const named = doc.addNamedRange('ending', doc.newRange().addElement(last).build());
    expect(named.getRange().getRangeElements()[0]?.getElement().getType().toString()).toBe('PARAGRAPH');
    expect(doc.getNamedRanges()).toHaveLength(2);
    named.remove();
    expect(doc.getNamedRanges().map((range) => range.getName())).toEqual(['sum']);
    batch([{ deleteNamedRange: { name: 'sum' } }]);
    expect(rangeOf()).toBeUndefined();
  });

  it('refuse a name longer than 256 characters', () => {
    const { batch } = withRange();
    expect(() => batch([{ createNamedRange: { name: 'x'.repeat(257), range: { startIndex: 1, endIndex: 2 } } }])).toThrow(
      /Invalid requests\[0\]\.createNamedRange/,
    );
  });
});
