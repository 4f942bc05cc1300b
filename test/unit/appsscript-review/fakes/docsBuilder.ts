import type { DocsStructuralElement } from '../../../../appsscript/docs/docsTypes';
import type { DocsDocumentWithRanges } from '../../../../appsscript/review/conformance/docsNamedRanges';

/** A body block: a paragraph's text, a table (rows of cells, each cell one paragraph), or the requisites area's paragraphs. */
export type Block = string | { readonly table: readonly (readonly string[])[] } | { readonly requisites: readonly string[] };

/**
 * A Docs API document built with the API's indices (https://developers.google.com/docs/api/concepts/structure):
 * a section break at [0, 1), a paragraph takes its text plus one newline, a table one index to
 * open, each row one, each cell one plus its content. The `requisites` block becomes the named
 * range docflow_requisites over its paragraphs.
 */
export function docsDocument(blocks: readonly Block[]): DocsDocumentWithRanges {
  let index = 1;
  const content: DocsStructuralElement[] = [{ startIndex: 0, endIndex: 1, sectionBreak: {} }];
  const ranges: { startIndex: number; endIndex: number }[] = [];
  const paragraph = (text: string): DocsStructuralElement => {
    const start = index;
    index += text.length + 1;
    return { startIndex: start, endIndex: index, paragraph: { elements: [{ startIndex: start, endIndex: index, textRun: { content: `${text}\n` } }] } };
  };
  for (const block of blocks) {
    if (typeof block === 'string') {
      content.push(paragraph(block));
    } else if ('requisites' in block) {
      const start = index;
      for (const text of block.requisites) content.push(paragraph(text));
      ranges.push({ startIndex: start, endIndex: index });
    } else {
      const tableStart = index;
      index += 1;
      const tableRows = block.table.map((cells) => {
        const rowStart = index;
        index += 1;
        const tableCells = cells.map((text) => {
          const cellStart = index;
          index += 1;
          const cellContent = [paragraph(text)];
          return { startIndex: cellStart, endIndex: index, content: cellContent };
        });
        return { startIndex: rowStart, endIndex: index, tableCells };
      });
      index += 1;
      content.push({ startIndex: tableStart, endIndex: index, table: { rows: block.table.length, columns: block.table[0]?.length ?? 0, tableRows } });
    }
  }
  return {
    body: { content },
    namedRanges: ranges.length === 0 ? {} : { docflow_requisites: { namedRanges: [{ ranges }] } },
  };
}
