import { buildMergeRequests } from '../../../../appsscript/docs/mergeRequests';
import { sentinelFor } from '../../../../appsscript/docs/placeholderSentinel';
import { MemoryDocs } from '../support/memoryDocs';

const TEMPLATE = `
<h1>Договор № {{doc.number}}</h1>
<p>{{client.name}} и {{our.name}}</p>
<table>
<tr><th>№</th><th>Наименование</th><th>Сумма, {{totals.currency}}</th></tr>
<tr><td>{{row.n}}</td><td>{{row.name}}</td><td>{{row.amount}}</td></tr>
<tr><td colspan="2">Итого:</td><td>{{totals.amount}}</td></tr>
</table>
<p>Штрихкод: {{doc.barcode}}</p>
`;

const FIELDS = {
  'doc.number': '2026-00042',
  'client.name': 'ООО «Ромашка»',
  'our.name': 'ООО «Интеграция Плюс»',
  'totals.currency': 'руб.',
  'totals.amount': '300,00',
  'doc.barcode': 'DFC2600042K',
};

function rows(count: number): { [key: string]: string }[] {
  return Array.from({ length: count }, (_, i) => ({ 'row.n': String(i + 1), 'row.name': `Позиция ${i + 1}`, 'row.amount': `${(i + 1) * 100},00` }));
}

function merged(template: string, fields: Record<string, string>, rowValues: { [key: string]: string }[], deferred: string[] = []) {
  const docs = new MemoryDocs();
  const id = docs.importHtml(template);
  const plan = buildMergeRequests(docs.get(id), { fields, rows: rowValues }, deferred);
  docs.batchUpdate(id, plan.requests);
  return { plan, text: docs.text(id), lines: docs.text(id).split('\n') };
}

describe('buildMergeRequests: one batch fills a copied template', () => {
  it('replaces every placeholder with its value', () => {
    const { text } = merged(TEMPLATE, FIELDS, rows(1));
    expect(text).toContain('Договор № 2026-00042');
    expect(text).toContain('ООО «Ромашка» и ООО «Интеграция Плюс»');
    expect(text).toContain('Сумма, руб.');
    expect(text).toContain('Штрихкод: DFC2600042K');
    expect(text).not.toMatch(/\{\{|\}\}|\uE000|\uE001/);
  });

  it('fills a one-row table in the template row and inserts no row', () => {
    const { plan, lines } = merged(TEMPLATE, FIELDS, rows(1));
    expect(plan.requests.some((request) => 'insertTableRow' in request)).toBe(false);
    expect(lines).toContain('1\tПозиция 1\t100,00');
    expect(lines.indexOf('1\tПозиция 1\t100,00') + 1).toBe(lines.indexOf('Итого:\t\t300,00'));
  });

  it('expands 50 product rows in order, between the header row and the totals row', () => {
    const { lines } = merged(TEMPLATE, FIELDS, rows(50));
    const header = lines.indexOf('№\tНаименование\tСумма, руб.');
    expect(header).toBeGreaterThanOrEqual(0);
    for (let i = 1; i <= 50; i++) expect(lines[header + i]).toBe(`${i}\tПозиция ${i}\t${i * 100},00`);
    expect(lines[header + 51]).toBe('Итого:\t\t300,00');
  });

  it('expands every product table of the document, later tables first', () => {
    const twoTables = `${TEMPLATE}<table><tr><td>{{row.n}}</td><td>{{row.name}}</td></tr></table><p>конец</p>`;
    const { lines } = merged(twoTables, FIELDS, rows(3));
    expect(lines.filter((line) => line === '3\tПозиция 3\t300,00')).toHaveLength(1);
    expect(lines.filter((line) => line === '3\tПозиция 3')).toHaveLength(1);
    expect(lines[lines.length - 2]).toBe('конец');
  });

  it('puts CRM values in literally: placeholder syntax, $1, $&, backslashes, regex specials, HTML, a leading =', () => {
    const dangerous = {
      ...FIELDS,
      'client.name': '=HYPERLINK("http://evil") {{our.name}} $1 $& \\1 \\ (.*)+? [a-z]{2} <b>жирный</b> &amp;',
      'our.name': 'Наша {{client.name}} $$',
    };
    const rowValues = [
      { 'row.n': '1', 'row.name': '{{row.amount}} $1 <script>x</script>', 'row.amount': '=1+1' },
      { 'row.n': '2', 'row.name': '{{doc.number}} \\n \\\\ .* ^$', 'row.amount': '$&' },
    ];
    const { text, lines } = merged(TEMPLATE, dangerous, rowValues);
    expect(text).toContain(`${dangerous['client.name']} и ${dangerous['our.name']}`);
    expect(lines).toContain('1\t{{row.amount}} $1 <script>x</script>\t=1+1');
    expect(lines).toContain('2\t{{doc.number}} \\n \\\\ .* ^$\t$&');
  });

  it('takes the sentinel characters out of values, so a value can never pose as a placeholder', () => {
    const sneaky = { ...FIELDS, 'client.name': `x${sentinelFor('our.name')}y` };
    const { text } = merged(TEMPLATE, sneaky, rows(1));
    expect(text).toContain('xour.namey и ООО «Интеграция Плюс»');
  });

  it('leaves deferred placeholders as their sentinel for the caller', () => {
    const { plan, text } = merged(TEMPLATE, FIELDS, rows(1), ['doc.barcode']);
    expect(plan.deferred).toEqual(['doc.barcode']);
    expect(text).toContain(`Штрихкод: ${sentinelFor('doc.barcode')}`);
  });

  it('reports placeholders without a value and leaves them as sentinels', () => {
    const { plan } = merged(TEMPLATE, { ...FIELDS, 'our.name': undefined as unknown as string }, rows(1));
    expect(plan.unknown).toEqual(['our.name']);
  });

  it('needs more requests, never more batches, for more placeholders and rows', () => {
    const few = merged(TEMPLATE, FIELDS, rows(1)).plan.requests.length;
    const many = merged(TEMPLATE, FIELDS, rows(50)).plan.requests.length;
    expect(many).toBeGreaterThan(few);
    const docs = new MemoryDocs();
    const id = docs.importHtml(TEMPLATE);
    docs.batchUpdate(id, buildMergeRequests(docs.get(id), { fields: FIELDS, rows: rows(50) }).requests);
    expect(docs.batches).toHaveLength(1);
    expect(docs.gets).toBe(1);
  });
});
