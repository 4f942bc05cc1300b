import type { DocsDocument, DocsParagraph, DocsSegment, DocsStructuralElement } from './docsTypes';

/** A paragraph's text without its closing newline (inline images contribute nothing). */
export function paragraphText(paragraph: DocsParagraph): string {
  let text = '';
  for (const element of paragraph.elements ?? []) text += element.textRun?.content ?? '';
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/** The text of a run of structural elements, one line per paragraph and per table cell. */
export function contentText(content: readonly DocsStructuralElement[] | undefined): string {
  const lines: string[] = [];
  for (const element of content ?? []) {
    if (element.paragraph !== undefined) lines.push(paragraphText(element.paragraph));
    for (const row of element.table?.tableRows ?? []) {
      for (const cell of row.tableCells ?? []) lines.push(contentText(cell.content));
    }
  }
  return lines.join('\n');
}

/** Every segment of the document: the body, then the headers and footers. */
export function documentSegments(document: DocsDocument): DocsSegment[] {
  return [document.body ?? {}, ...Object.values(document.headers ?? {}), ...Object.values(document.footers ?? {})];
}

/** The whole document's text (body, headers, footers), one paragraph or cell per line. */
export function documentText(document: DocsDocument): string {
  return documentSegments(document)
    .map((segment) => contentText(segment.content))
    .join('\n');
}

export function startOf(node: { readonly startIndex?: number }): number {
  return node.startIndex ?? 0;
}

export function endOf(node: { readonly endIndex?: number }): number {
  return node.endIndex ?? 0;
}
