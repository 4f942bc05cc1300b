// DocumentApp replaceText/findText: the pattern is a string in Google's RE2 syntax, matched
// independently against each text block; the replacement is inserted as plain text.
// https://developers.google.com/apps-script/reference/document/body#replaceText(String,String)
// "The search pattern is passed as a string, not a JavaScript regular expression object. Because
// of this you'll need to escape any backslashes in the pattern. This methods uses Google's RE2
// regular expression library, which limits the supported syntax."
// RE2 syntax: https://github.com/google/re2/wiki/Syntax (no lookaround, no backreferences).
import { dataUri, pngBytes, setup } from './fixtures';
import type { ParagraphImpl } from '../../../scripts/emulators/workspace/docs/documentApp/paragraph';

function bodyWith(...paragraphs: string[]) {
  const env = setup();
  const doc = env.app.create('RE2');
  const body = doc.getBody();
  body.setText(paragraphs[0] ?? '');
  for (const text of paragraphs.slice(1)) body.appendParagraph(text);
  return { ...env, doc, body };
}

describe('replaceText with RE2 patterns', () => {
  it('treats "." as any character and "\\\\." as a dot', () => {
    const { body } = bodyWith('a.b aXb');
    body.replaceText('a\\.b', 'DOT');
    expect(body.getText()).toBe('DOT aXb');
    body.replaceText('a.b', 'ANY');
    expect(body.getText()).toBe('DOT ANY');
  });

  it('needs placeholders with regex metacharacters escaped', () => {
    const { body } = bodyWith('Итого: {{sum}} (с НДС) [1]');
    body.replaceText('\\{\\{sum\\}\\}', '100,00');
    body.replaceText('\\(с НДС\\)', 'без НДС');
    body.replaceText('\\[1\\]', '');
    expect(body.getText()).toBe('Итого: 100,00 без НДС ');
  });

  it('inserts "$1", "$&" and "\\\\1" in the replacement literally, even with capture groups in the pattern', () => {
    const { body } = bodyWith('key=value');
    body.replaceText('(\\w+)=(\\w+)', '$2=$1 \\1 $&');
    expect(body.getText()).toBe('$2=$1 \\1 $&');
  });

  it('matches each paragraph on its own, with ^ and $ at the ends of the block', () => {
    const { body } = bodyWith('Apps Script is here', 'and Apps Script there');
    body.replaceText('^.*Apps ?Script.*$', 'Apps Script');
    expect(body.getText()).toBe('Apps Script\nApps Script');
    const { body: other } = bodyWith('one', 'two');
    other.replaceText('one\\ntwo', 'joined');
    expect(other.getText()).toBe('one\ntwo');
  });

  it('matches Cyrillic with Unicode classes and the (?i) flag RE2 supports', () => {
    const { body } = bodyWith('Договор №12 от ДОГОВОРА');
    body.replaceText('\\p{Cyrillic}+ №\\d+', 'X');
    body.replaceText('(?i)договора', 'Y');
    expect(body.getText()).toBe('X от Y');
  });

  it.each([
    ['lookbehind', '(?<=a)b'],
    ['negative lookbehind', '(?<!a)b'],
    ['lookahead', 'a(?=b)'],
    ['backreference', '(a)\\1'],
    ['possessive quantifier', 'a++'],
  ])('refuses a %s, which RE2 does not have', (_name, pattern) => {
    const { body } = bodyWith('aab');
    expect(() => body.replaceText(pattern, 'x')).toThrow(/^Invalid argument: searchPattern/);
    expect(() => body.findText(pattern)).toThrow(/^Invalid argument: searchPattern/);
    expect(body.getText()).toBe('aab');
  });

  it('throws an Exception whose string form reads like Apps Script\'s log', () => {
    const { body } = bodyWith('x');
    let thrown: unknown;
    try {
      body.replaceText('(?<=x)', 'y');
    } catch (error) {
      thrown = error;
    }
    expect(String(thrown)).toMatch(/^Exception: Invalid argument: searchPattern/);
  });

  it('does not match across an inline image: text blocks end at images', () => {
    const { body, docs, doc } = bodyWith('ab');
    docs.Documents.batchUpdate({ requests: [{ insertInlineImage: { location: { index: 2 }, uri: dataUri(pngBytes()) } }] }, doc.getId());
    const paragraph = body.getChild(0) as ParagraphImpl;
    expect(paragraph.getNumChildren()).toBe(3);
    body.replaceText('ab', 'X');
    expect(paragraph.getText()).toBe('ab');
    body.replaceText('b', 'B');
    expect(paragraph.getText()).toBe('aB');
  });

  it('replaces only inside the element it is called on', () => {
    const { body } = bodyWith('{{x}} один', '{{x}} два');
    const second = body.getParagraphs()[1] as ParagraphImpl;
    second.replaceText('\\{\\{x\\}\\}', '2');
    expect(body.getText()).toBe('{{x}} один\n2 два');
  });
});

describe('findText', () => {
  it('returns the Text element and inclusive offsets of the first match, then continues from it', () => {
    const { body } = bodyWith('нет', 'один {{a}} и {{b}}');
    const first = body.findText('\\{\\{\\w\\}\\}');
    expect(first?.getElement().getType().toString()).toBe('TEXT');
    expect(first?.getStartOffset()).toBe(5);
    expect(first?.getEndOffsetInclusive()).toBe(9);
    expect(first?.isPartial()).toBe(true);
    const second = body.findText('\\{\\{\\w\\}\\}', first ?? undefined);
    expect(second?.getStartOffset()).toBe(13);
    expect(body.findText('\\{\\{\\w\\}\\}', second ?? undefined)).toBeNull();
  });

  it('edits through the found Text element', () => {
    const { body } = bodyWith('Дата: {{date}}');
    const found = body.findText('\\{\\{date\\}\\}');
    const text = found?.getElement().asText() as unknown as { deleteText(s: number, e: number): unknown; insertText(o: number, t: string): unknown };
    text.deleteText(found?.getStartOffset() ?? 0, found?.getEndOffsetInclusive() ?? 0);
    text.insertText(found?.getStartOffset() ?? 0, '1 марта 2025 г.');
    expect(body.getText()).toBe('Дата: 1 марта 2025 г.');
  });
});
