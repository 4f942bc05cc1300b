// Index arithmetic as the Docs API does it
// (https://developers.google.com/docs/api/concepts/structure#start_and_end_indices):
// indices count UTF-16 code units; every paragraph ends with "\n"; an inline object takes one
// index; the body opens with a section break at [0, 1); a table takes one index for its start,
// one for each row start, one for each cell start and one for its end marker; header and footer
// segments have their own index space starting at 0.

import {
  isInlineObject,
  isParagraph,
  isSectionBreak,
  type Paragraph,
  type ParagraphElement,
  type StructuralElement,
  type Table,
  type TableRow,
} from './types';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export function elementLength(element: ParagraphElement): number {
  return isInlineObject(element) ? 1 : element.textRun.content.length;
}

export function paragraphLength(paragraph: Paragraph): number {
  let length = 0;
  for (const element of paragraph.elements) length += elementLength(element);
  return length;
}

export function contentLength(content: readonly StructuralElement[]): number {
  let length = 0;
  for (const element of content) length += structuralLength(element);
  return length;
}

/** A row start marker, then each cell's start marker and content. */
export function rowLength(row: TableRow): number {
  let length = 1;
  for (const cell of row.tableCells) length += 1 + contentLength(cell.content);
  return length;
}

export function tableLength(table: Table): number {
  let length = 2; // table start and table end markers
  for (const row of table.tableRows) length += rowLength(row);
  return length;
}

export function structuralLength(element: StructuralElement): number {
  if (isSectionBreak(element)) return 1;
  if (isParagraph(element)) return paragraphLength(element.paragraph);
  return tableLength(element.table);
}

/**
 * The spans of every node of one segment, keyed by node identity: structural elements, table
 * rows, table cells and paragraph elements.
 */
export class SegmentLayout {
  readonly spans = new Map<object, Span>();
  /** node → the node that holds it: a segment root (body, header, footer) or a table cell for blocks, the table for rows, the row for cells, the paragraph's structural element for paragraph elements. */
  readonly parents = new Map<object, object>();
  readonly start: number;
  readonly end: number;

  constructor(root: object, content: readonly StructuralElement[], startIndex: number) {
    this.start = startIndex;
    this.end = this.placeContent(root, content, startIndex);
  }

  spanOf(node: object): Span | undefined {
    return this.spans.get(node);
  }

  private placeContent(parent: object, content: readonly StructuralElement[], startIndex: number): number {
    let index = startIndex;
    for (const element of content) {
      const start = index;
      if (isSectionBreak(element)) index += 1;
      else if (isParagraph(element)) index = this.placeParagraph(element, index);
      else index = this.placeTable(element, index);
      this.spans.set(element, { start, end: index });
      this.parents.set(element, parent);
    }
    return index;
  }

  private placeParagraph(holder: { paragraph: Paragraph }, startIndex: number): number {
    let index = startIndex;
    for (const element of holder.paragraph.elements) {
      const start = index;
      index += elementLength(element);
      this.spans.set(element, { start, end: index });
      this.parents.set(element, holder);
    }
    return index;
  }

  private placeTable(holder: { table: Table }, startIndex: number): number {
    let index = startIndex + 1;
    for (const row of holder.table.tableRows) {
      const rowStart = index;
      index += 1;
      for (const cell of row.tableCells) {
        const cellStart = index;
        index = this.placeContent(cell, cell.content, index + 1);
        this.spans.set(cell, { start: cellStart, end: index });
        this.parents.set(cell, row);
      }
      this.spans.set(row, { start: rowStart, end: index });
      this.parents.set(row, holder);
    }
    return index + 1;
  }
}
