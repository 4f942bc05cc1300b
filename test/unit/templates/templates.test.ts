import type { DocumentKind } from '../../../shared/kinds/documentKinds';
import {
  buildMergeData,
  checkTemplateText,
  isRowPlaceholderKey,
  type MergeInput,
  mergeText,
  placeholdersIn,
  REQUIRED_ROW_PLACEHOLDERS,
  REQUISITES_END_MARKER,
  REQUISITES_START_MARKER,
  type TemplateEntry,
} from '../../../shared/merge';
import type { DocumentIdentity } from '../../../shared/numbers';
import { CONTRACT, FRAMEWORK, belarusianContractInput, russianContractInput } from '../shared/merge/mergeFixtures';
import { body, bodyLines, elements, type ElementNode, inlineText, parseTemplateHtml } from './htmlTemplate';
import { starterManifest, templateHtml } from './starterTemplates';

const MANIFEST = starterManifest();
const ENTRIES: [string, TemplateEntry][] = MANIFEST.templates.map((entry) => [entry.key, entry]);

function parsed(entry: TemplateEntry): ElementNode {
  const { root, problems } = parseTemplateHtml(templateHtml(entry));
  if (problems.length > 0) throw new Error(`${entry.file}: ${problems.join('; ')}`);
  return root;
}

/** Placeholders used inside a node's text. */
function placeholdersOf(node: ElementNode): string[] {
  return placeholdersIn(bodyTextOf(node));
}

function bodyTextOf(node: ElementNode): string {
  return elements(node)
    .flatMap((element) => element.children)
    .filter((child) => child.type === 'text')
    .map((child) => (child.type === 'text' ? child.text : ''))
    .join('\n');
}

/** The top-level body blocks between the requisites markers, and the ones outside. */
function requisitesArea(root: ElementNode): { inside: ElementNode[]; outside: ElementNode[]; starts: number[]; ends: number[] } {
  const blocks = body(root).children.filter((child): child is ElementNode => child.type === 'element');
  const starts = blocks.flatMap((block, index) => (block.tag === 'p' && inlineText(block) === REQUISITES_START_MARKER ? [index] : []));
  const ends = blocks.flatMap((block, index) => (block.tag === 'p' && inlineText(block) === REQUISITES_END_MARKER ? [index] : []));
  const from = starts[0] ?? 0;
  const to = ends[0] ?? 0;
  return {
    inside: blocks.slice(from + 1, to),
    outside: [...blocks.slice(0, from), ...blocks.slice(to + 1)],
    starts,
    ends,
  };
}

describe.each(ENTRIES)('starter template %s', (_key, entry) => {
  it('is well-formed HTML using only the tags and attributes the Docs import handles', () => {
    const { problems } = parseTemplateHtml(templateHtml(entry));
    expect(problems).toEqual([]);
  });

  it('uses only vocabulary placeholders that serve its kind, with one requisites area and the row fields it needs', () => {
    const text = bodyLines(parsed(entry)).join('\n');
    const checked = checkTemplateText(text, { kind: entry.kind, productRows: entry.productRows });
    expect(checked).toEqual(expect.objectContaining({ status: 'success' }));
  });

  it('marks its requisites area with two top-level marker paragraphs, start before end', () => {
    const root = parsed(entry);
    const markerParagraphs = elements(root, 'p').filter((p) => inlineText(p).includes('{{#') || inlineText(p).includes('{{/'));
    expect(markerParagraphs.map(inlineText)).toEqual([REQUISITES_START_MARKER, REQUISITES_END_MARKER]);
    const area = requisitesArea(root);
    expect(area.starts).toHaveLength(1);
    expect(area.ends).toHaveLength(1);
    expect(area.starts[0]).toBeLessThan(area.ends[0] ?? -1);
    expect(area.inside.length).toBeGreaterThan(0);
  });

  it("keeps both parties' requisites inside the area and none of the client's outside it", () => {
    const area = requisitesArea(parsed(entry));
    const inside = area.inside.flatMap(placeholdersOf);
    expect(inside).toEqual(expect.arrayContaining(['our.shortName']));
    expect(inside.some((name) => name === 'client.registryIds' || name === 'client.taxIds')).toBe(true);
    expect(inside.some((name) => name === 'our.registryIds' || name === 'our.taxIds')).toBe(true);
    // Outside the area the client is only named (preamble, header lines): a client correcting
    // its own requisites must not change the text the conformance check compares.
    const clientOutside = area.outside.flatMap(placeholdersOf).filter((name) => name.startsWith('client.'));
    expect(clientOutside.filter((name) => !['client.name', 'client.shortName', 'client.signatory.clause'].includes(name))).toEqual([]);
  });

  it("has both parties' signatures in the requisites area (the invoice: our signatures below it)", () => {
    const area = requisitesArea(parsed(entry));
    const inside = area.inside.flatMap(placeholdersOf);
    if (entry.kind === 'invoice') {
      const outside = area.outside.flatMap(placeholdersOf);
      expect(outside).toEqual(expect.arrayContaining(['our.signatory.initials', 'our.accountant.initials']));
    } else {
      expect(inside).toEqual(expect.arrayContaining(['our.signatory.initials', 'client.signatory.initials']));
    }
  });

  it('has a product table with a header row and exactly one row template when its kind lists rows', () => {
    const root = parsed(entry);
    const rowsWithFields = elements(root, 'tr').filter((tr) => placeholdersOf(tr).some(isRowPlaceholderKey));
    if (!entry.productRows) {
      expect(rowsWithFields).toEqual([]);
      return;
    }
    expect(rowsWithFields).toHaveLength(1);
    const template = rowsWithFields[0] as ElementNode;
    expect(placeholdersOf(template)).toEqual(expect.arrayContaining([...REQUIRED_ROW_PLACEHOLDERS]));
    const table = elements(root, 'table').find((t) => t.children.includes(template)) as ElementNode;
    const header = table.children[0] as ElementNode;
    expect(table.children.indexOf(template)).toBeGreaterThan(0);
    expect(header.children.every((cell) => cell.type === 'element' && cell.tag === 'th')).toBe(true);
    // Row fields only in the row template: everywhere else they would never be filled.
    const allRowFields = placeholdersIn(bodyTextOf(body(root))).filter(isRowPlaceholderKey);
    expect(new Set(allRowFields)).toEqual(new Set(placeholdersOf(template).filter(isRowPlaceholderKey)));
  });

  it('leaves the header (registry title, barcode) to Setup', () => {
    expect(entry.header).toEqual(['doc.registryNumber', 'doc.title', 'doc.barcode']);
    expect(placeholdersOf(body(parsed(entry)))).not.toContain('doc.barcode');
  });

  it('renders completely from the merge data of a Russian and a Belarusian client', () => {
    for (const base of [russianContractInput(), belarusianContractInput()]) {
      const input = inputFor(entry.kind, base);
      const data = buildMergeData(input);
      if (data.status === 'error') throw new Error(data.detail);
      const html = expandRows(templateHtml(entry), data.response.rows);
      const text = mergeText(html, data.response.fields);
      const left = placeholdersIn(text);
      expect(left).toEqual([]);
      const { fields } = data.response;
      expect([fields['client.name'], fields['client.shortName']].some((name) => text.includes(name))).toBe(true);
      expect(text).toContain(data.response.fields['our.signatory.initials']);
      if (entry.productRows) {
        expect(text).toContain(data.response.rows[0]?.['row.name']);
        expect(text).toContain(data.response.fields['totals.amount']);
      }
    }
  });
});

describe('starter contracts', () => {
  const contracts = ENTRIES.filter(([, entry]) => entry.kind === 'contract' || entry.kind === 'framework_contract');
  const sections = [
    /^1\. Предмет договора$/,
    /Права и обязанности сторон/,
    /Стоимость|Вознаграждение/,
    /[Сс]роки/,
    /сдачи и приёмки|Отчётность и приёмка|порядок предоставления прав/i,
    /Ответственность сторон/,
    /Конфиденциальность/,
    /непреодолимой силы/,
    /разрешения споров/,
    /Срок действия договора/,
    /Заключительные положения/,
    /Адреса, реквизиты и подписи сторон/,
  ];

  it.each(contracts)('%s has the sections of a real contract, in a few pages', (_key, entry) => {
    const root = parsed(entry);
    const headings = elements(root, 'h2').map(inlineText);
    for (const section of sections) expect(headings.some((heading) => section.test(heading))).toBe(true);
    // About 2 500 characters fill an A4 page of 12-point text: at least four pages.
    expect(bodyLines(root).join('\n').length).toBeGreaterThan(10000);
  });

  it.each(contracts.filter(([, entry]) => entry.productRows))('%s states its price in digits and words', (_key, entry) => {
    expect(placeholdersOf(body(parsed(entry)))).toEqual(expect.arrayContaining(['totals.amountFull', 'totals.vatLine']));
  });
});

describe('starter annexes, invoice and act', () => {
  const byKey = new Map(ENTRIES);
  const entry = (key: string): TemplateEntry => {
    const found = byKey.get(key);
    if (found === undefined) throw new Error(`no template ${key}`);
    return found;
  };

  it.each(['spec.framework', 'supplementary.agreement', 'appendix.technical-assignment'])(
    '%s names its parent contract and date and states the price in words',
    (key) => {
      const used = placeholdersOf(body(parsed(entry(key))));
      expect(used).toEqual(expect.arrayContaining(['doc.number', 'contract.titleDative', 'contract.date', 'totals.amountFull']));
    },
  );

  it("the invoice carries both parties' bank details, the rows, VAT, the total in words and both signature lines", () => {
    const root = parsed(entry('invoice'));
    const used = placeholdersOf(body(root));
    expect(used).toEqual(
      expect.arrayContaining(['our.bank.name', 'our.bank.bik', 'our.bank.account', 'client.bank.details', 'totals.vatLine', 'totals.amountWords', 'basis.title']),
    );
    const text = bodyLines(root).join('\n');
    expect(text).toMatch(/Руководитель _+ \/ \{\{our\.signatory\.initials\}\} \//);
    expect(text).toMatch(/Бухгалтер _+ \/ \{\{our\.accountant\.initials\}\} \//);
  });

  it('the act confirms the services and states the total in words', () => {
    const root = parsed(entry('act'));
    const text = bodyLines(root).join('\n');
    expect(text).toContain('Вышеперечисленные услуги выполнены полностью и в срок');
    expect(placeholdersOf(body(root))).toEqual(expect.arrayContaining(['totals.amountFull', 'totals.vatLine', 'basis.title']));
  });
});

/** The merge input for a document of this kind: annexes get a parent, invoices and acts a basis. */
function inputFor(kind: DocumentKind, base: MergeInput): MergeInput {
  const date = '2026-11-28';
  switch (kind) {
    case 'specification':
    case 'appendix':
    case 'supplementary_agreement': {
      const parent = kind === 'specification' ? FRAMEWORK : CONTRACT;
      return { ...base, document: { identity: { kind, parent, index: 2 }, date }, parentContract: { identity: parent, date: '2026-03-12' } };
    }
    case 'invoice':
    case 'act':
      return { ...base, document: { identity: { kind, year: 2026, sequence: 117 }, date }, basis: { identity: CONTRACT, date } };
    default: {
      const identity: DocumentIdentity = { kind: kind === 'framework_contract' ? 'framework_contract' : 'contract', year: 2026, sequence: 42 };
      return { ...base, document: { identity, date } };
    }
  }
}

/** Repeats the row template (the one <tr> holding row fields) once per row, as generation does. */
function expandRows(html: string, rows: readonly Readonly<Record<string, string>>[]): string {
  return html.replace(/<tr>(?:(?!<\/tr>)[\s\S])*\{\{row\.(?:(?!<\/tr>)[\s\S])*<\/tr>/, (row) => rows.map((values) => mergeText(row, values)).join('\n'));
}
