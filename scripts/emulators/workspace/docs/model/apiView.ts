// The document as documents.get returns it: the stored structure with startIndex/endIndex on
// every structural element, row, cell and paragraph element.
// https://developers.google.com/docs/api/reference/rest/v1/documents#Document
// Like any proto3 JSON, the API leaves out zero values, so an element starting at index 0 (the
// body's section break, a header's first paragraph) has no startIndex.

import type { DocModel } from './docModel';
import type { SegmentLayout } from './layout';
import { isParagraph, isSectionBreak, type StructuralElement } from './types';

type ApiObject = Record<string, unknown>;

function withIndices(layout: SegmentLayout, node: object, fields: object): ApiObject {
  const span = layout.spanOf(node);
  const out: ApiObject = {};
  if (span && span.start !== 0) out['startIndex'] = span.start;
  if (span) out['endIndex'] = span.end;
  return Object.assign(out, fields);
}

function apiContent(layout: SegmentLayout, content: readonly StructuralElement[]): ApiObject[] {
  return content.map((element) => {
    if (isSectionBreak(element)) return withIndices(layout, element, structuredClone(element));
    if (isParagraph(element)) {
      const paragraph = element.paragraph;
      return withIndices(layout, element, {
        paragraph: {
          elements: paragraph.elements.map((item) => withIndices(layout, item, structuredClone(item))),
          paragraphStyle: structuredClone(paragraph.paragraphStyle),
        },
      });
    }
    const table = element.table;
    return withIndices(layout, element, {
      table: {
        rows: table.rows,
        columns: table.columns,
        tableRows: table.tableRows.map((row) =>
          withIndices(layout, row, {
            tableCells: row.tableCells.map((cell) =>
              withIndices(layout, cell, { content: apiContent(layout, cell.content) }),
            ),
          }),
        ),
      },
    });
  });
}

export function toApiDocument(model: DocModel, documentId: string, title: string): ApiObject {
  const { data } = model;
  const headers: ApiObject = {};
  for (const [id, header] of Object.entries(data.headers)) {
    headers[id] = { headerId: id, content: apiContent(model.layout(id), header.content) };
  }
  const footers: ApiObject = {};
  for (const [id, footer] of Object.entries(data.footers)) {
    footers[id] = { footerId: id, content: apiContent(model.layout(id), footer.content) };
  }
  return {
    documentId,
    title,
    body: { content: apiContent(model.layout(''), data.body.content) },
    headers,
    footers,
    documentStyle: structuredClone(data.documentStyle),
    inlineObjects: structuredClone(data.inlineObjects),
    namedRanges: structuredClone(data.namedRanges),
    revisionId: `rev${data.revision}`,
    suggestionsViewMode: 'SUGGESTIONS_INLINE',
  };
}
