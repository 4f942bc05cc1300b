import { requisitesRangeRequests } from '../../../../appsscript/docs/requisitesRange';
import { MemoryDocs } from '../support/memoryDocs';

const TEMPLATE = `<p>Преамбула {{client.name}}</p>
<p>{{#requisites}}</p>
<table><tr><td>ИНН {{client.inn}}</td><td>ИНН {{our.inn}}</td></tr></table>
<p>Подписи</p>
<p>{{/requisites}}</p>
<p>Конец</p>`;

function rangeText(docs: MemoryDocs, id: string): string {
  const document = docs.get(id) as unknown as { namedRanges?: Record<string, { namedRanges: { ranges: { startIndex?: number; endIndex: number }[] }[] }> };
  const named = document.namedRanges?.['docflow_requisites']?.namedRanges ?? [];
  expect(named).toHaveLength(1);
  const [range] = named[0]?.ranges ?? [];
  // The body elements the range covers, as the API returns them.
  const body = (document as unknown as { body: { content: { startIndex?: number; endIndex: number }[] } }).body.content;
  const inside = body.filter((element) => (element.startIndex ?? 0) >= (range?.startIndex ?? 0) && element.endIndex <= (range?.endIndex ?? 0));
  return JSON.stringify(inside);
}

describe('requisitesRangeRequests: the requisites area becomes a named range', () => {
  it('spans the area between the markers and deletes the markers’ text', () => {
    const docs = new MemoryDocs();
    const id = docs.importHtml(TEMPLATE);
    const requests = requisitesRangeRequests(docs.get(id));
    expect(requests.status).toBe('success');
    if (requests.status !== 'success') return;
    docs.batchUpdate(id, requests.response);
    const text = docs.text(id);
    expect(text).not.toContain('{{#requisites}}');
    expect(text).not.toContain('{{/requisites}}');
    expect(text).toContain('Преамбула {{client.name}}');
    const inside = rangeText(docs, id);
    expect(inside).toContain('{{client.inn}}');
    expect(inside).toContain('Подписи');
    expect(inside).not.toContain('Преамбула');
    expect(inside).not.toContain('Конец');
  });

  it('asks for nothing when the template has no markers (already converted)', () => {
    const docs = new MemoryDocs();
    const id = docs.importHtml('<p>Текст без реквизитов</p>');
    expect(requisitesRangeRequests(docs.get(id))).toEqual({ status: 'success', response: [] });
  });

  it('refuses two areas, or an end before the start, in Russian', () => {
    const docs = new MemoryDocs();
    const twice = docs.importHtml(`${TEMPLATE}<p>{{#requisites}}</p><p>x</p><p>{{/requisites}}</p>`);
    const reversed = docs.importHtml('<p>{{/requisites}}</p><p>x</p><p>{{#requisites}}</p>');
    for (const id of [twice, reversed]) {
      const result = requisitesRangeRequests(docs.get(id));
      expect(result.status).toBe('error');
      if (result.status === 'error') expect(result.detail).toMatch(/ровно одна область реквизитов/);
    }
  });
});
