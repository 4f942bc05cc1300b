import { mergeText } from '../../../shared/merge';
import type { MergeValues } from '../../docs/mergeRequests';
import type { DocsParagraph, DocsStructuralElement, DocsTable } from '../../docs/docsTypes';
import type { Span } from './docsNamedRanges';

/** Which part of the body to read: outside the requisites area, or inside it. */
export type Area = 'outside' | 'inside';

const ROW_TOKEN = '{{row.';

/**
 * A generated document's body text, one line per paragraph (table cells included, row by row),
 * keeping only the characters inside or outside `spans` (character indices as Documents.get
 * gives them). Paragraphs left without a character are dropped, so the requisites area's own
 * paragraphs (and the empty ones its markers left) do not count either way.
 */
export function documentBodyText(content: readonly DocsStructuralElement[] | undefined, spans: readonly Span[], area: Area): string {
  const lines: string[] = [];
  walk(content, (paragraph) => {
    const line = paragraphText(paragraph, spans, area);
    if (line !== null) lines.push(line);
  });
  return normalise(lines.join('\n'));
}

/**
 * The same reading of a template, rendered with merge values as generation renders it
 * (appsscript/docs/mergeRequests.ts): placeholders replaced by the document's values, and the
 * product table's template row repeated once per product row with that row's values. Comparing
 * this with documentBodyText of the document tells whether anyone changed the text.
 */
export function renderedTemplateText(content: readonly DocsStructuralElement[] | undefined, spans: readonly Span[], area: Area, values: MergeValues): string {
  const lines: string[] = [];
  const emit = (paragraph: DocsParagraph, extra: { readonly [key: string]: string } = {}): void => {
    const line = paragraphText(paragraph, spans, area);
    if (line !== null) lines.push(mergeText(line, { ...values.fields, ...extra }));
  };
  for (const element of content ?? []) {
    if (element.paragraph !== undefined) emit(element.paragraph);
    if (element.table !== undefined) renderTable(element.table, values, emit);
  }
  return normalise(lines.join('\n'));
}

function renderTable(table: DocsTable, values: MergeValues, emit: (paragraph: DocsParagraph, extra?: { readonly [key: string]: string }) => void): void {
  const rows = table.tableRows ?? [];
  const templateRow = rows.findIndex((row) => (row.tableCells ?? []).some((cell) => contains(cell.content, ROW_TOKEN)));
  rows.forEach((row, index) => {
    const copies = index === templateRow && values.rows.length > 0 ? values.rows : [{}];
    for (const rowValues of copies) {
      for (const cell of row.tableCells ?? []) walk(cell.content, (paragraph) => emit(paragraph, rowValues));
    }
  });
}

function walk(content: readonly DocsStructuralElement[] | undefined, visit: (paragraph: DocsParagraph) => void): void {
  for (const element of content ?? []) {
    if (element.paragraph !== undefined) visit(element.paragraph);
    for (const row of element.table?.tableRows ?? []) {
      for (const cell of row.tableCells ?? []) walk(cell.content, visit);
    }
  }
}

/** The paragraph's characters in the chosen area, without its closing newline; null if none. */
function paragraphText(paragraph: DocsParagraph, spans: readonly Span[], area: Area): string | null {
  let text = '';
  let counted = false;
  for (const element of paragraph.elements ?? []) {
    const content = element.textRun?.content ?? '';
    const start = element.startIndex ?? 0;
    for (let offset = 0; offset < content.length; offset++) {
      const inside = spans.some((span) => start + offset >= span.start && start + offset < span.end);
      if (inside !== (area === 'inside')) continue;
      counted = true;
      text += content.charAt(offset);
    }
    // An inline image takes one index and no text; it counts for the area it sits in.
    if (element.inlineObjectElement !== undefined) {
      const inside = spans.some((span) => start >= span.start && start < span.end);
      if (inside === (area === 'inside')) counted = true;
    }
  }
  if (!counted) return null;
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

function contains(content: readonly DocsStructuralElement[] | undefined, token: string): boolean {
  let found = false;
  walk(content, (paragraph) => {
    for (const element of paragraph.elements ?? []) if ((element.textRun?.content ?? '').includes(token)) found = true;
  });
  return found;
}

const VERTICAL_TAB = String.fromCharCode(11);

/**
 * Line breaks: a value with "\n" becomes two paragraphs in the document (the Docs API starts a
 * new paragraph at each "\n"), a soft break typed in Docs is "\r" or "\u000b"; all compare as one.
 */
function normalise(text: string): string {
  return text.replace(/\r\n|\r/g, '\n').split(VERTICAL_TAB).join('\n');
}

