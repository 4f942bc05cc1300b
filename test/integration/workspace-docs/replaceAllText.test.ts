// Docs API replaceAllText: containsText is matched literally, case-insensitively unless matchCase
// is true, and replaceText is inserted as it is.
// https://developers.google.com/docs/api/reference/rest/v1/documents/request#ReplaceAllTextRequest
// https://developers.google.com/docs/api/reference/rest/v1/documents/request#SubstringMatchCriteria
import { setup } from './fixtures';

function documentWith(...paragraphs: string[]) {
  const env = setup();
  const doc = env.app.create('Шаблон');
  const body = doc.getBody();
  body.setText(paragraphs[0] ?? '');
  for (const text of paragraphs.slice(1)) body.appendParagraph(text);
  const replace = (text: string, replaceText: string, matchCase?: boolean) =>
    env.docs.Documents.batchUpdate(
      { requests: [{ replaceAllText: { containsText: { text, ...(matchCase === undefined ? {} : { matchCase }) }, replaceText } }] },
      doc.getId(),
    ) as { replies: Array<{ replaceAllText: { occurrencesChanged?: number } }> };
  return { ...env, doc, body, replace };
}

describe('replaceAllText', () => {
  it('matches regex special characters literally', () => {
    const { body, replace } = documentWith('Сумма: (1+1)*[x] = $.^ {{a.b}}', 'a-b aXb');
    const reply = replace('(1+1)*[x] = $.^', 'два');
    expect(reply.replies[0]?.replaceAllText.occurrencesChanged).toBe(1);
    replace('{{a.b}}', 'ok');
    replace('a.b', 'no');
    expect(body.getText()).toBe('Сумма: два ok\na-b aXb');
  });

  it('inserts "$1", "$&" and backslashes in the replacement as they are', () => {
    const { body, replace } = documentWith('Цена: {{price}}; путь {{path}}');
    replace('{{price}}', '$1 000 $& $$');
    replace('{{path}}', 'C:\\docs\\1');
    expect(body.getText()).toBe('Цена: $1 000 $& $$; путь C:\\docs\\1');
  });

  it('ignores case unless matchCase is true (false is the default)', () => {
    const { body, replace } = documentWith('{{ИНН}} и {{инн}}');
    expect(replace('{{инн}}', 'x', true).replies[0]?.replaceAllText.occurrencesChanged).toBe(1);
    expect(body.getText()).toBe('{{ИНН}} и x');
    expect(replace('{{инн}}', 'y').replies[0]?.replaceAllText.occurrencesChanged).toBe(1);
    expect(body.getText()).toBe('y и x');
  });

  it('leaves occurrencesChanged out when nothing matched, as proto3 JSON drops zeros', () => {
    const { replace } = documentWith('нет меток');
    expect(replace('{{none}}', 'x').replies[0]).toEqual({ replaceAllText: {} });
  });

  it('replaces in headers and footers as well as the body', () => {
    const { doc, replace } = documentWith('Тело {{n}}');
    doc.addHeader().appendParagraph('Шапка {{n}}');
    doc.addFooter().appendParagraph('Подвал {{n}}');
    expect(replace('{{n}}', '42').replies[0]?.replaceAllText.occurrencesChanged).toBe(3);
    expect(doc.getHeader()?.getText()).toBe('\nШапка 42');
    expect(doc.getFooter()?.getText()).toBe('\nПодвал 42');
  });

  it('keeps the style of the placeholder for the replacement', () => {
    const { body, doc, replace } = documentWith('Клиент: {{name}}.');
    body.editAsText().setBold(8, 15, true);
    replace('{{name}}', 'ООО «Ромашка»');
    const text = doc.getBody().editAsText();
    expect(text.isBold(8)).toBe(true);
    expect(text.isBold(20)).toBe(true);
    expect(text.isBold(7)).toBe(false);
    expect(text.isBold(text.getText().length - 1)).toBe(false);
  });

  it('turns a newline in the replacement into a new paragraph', () => {
    const { body, replace } = documentWith('Адрес: {{addr}}');
    replace('{{addr}}', 'г. Минск\nул. Ленина, 1');
    expect(body.getParagraphs().map((paragraph) => paragraph.getText())).toEqual(['Адрес: г. Минск', 'ул. Ленина, 1']);
  });

  it('never matches across paragraphs', () => {
    const { replace } = documentWith('{{a', 'b}}');
    expect(replace('{{a\nb}}', 'x').replies[0]).toEqual({ replaceAllText: {} });
  });
});
