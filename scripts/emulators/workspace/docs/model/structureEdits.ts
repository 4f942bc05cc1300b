// Edits addressed by place in the tree (DocumentApp's appendParagraph, removeChild,
// appendTableRow, …) and by table coordinates (the API's insertTableRow, deleteTableRow). They
// compute the indices the change covers so that named ranges move exactly as for index edits.

import type { DocModel } from './docModel';
import { contentLength, rowLength, structuralLength } from './layout';
import { ModelError } from './modelError';
import { emptyParagraphElement } from './newDocument';
import { dropSegment, shiftForDelete, shiftForInsert } from './namedRanges';
import { newParagraph } from './paragraphEdit';
import {
  isParagraph,
  isTable,
  type BlockElement,
  type StructuralElement,
  type TableCell,
  type TableRow,
  type TableStructuralElement,
} from './types';

function insertionIndex(model: DocModel, segmentId: string, container: StructuralElement[], position: number): number {
  const layout = model.layout(segmentId);
  const before = container[position];
  if (before) return (layout.spanOf(before) as { start: number }).start;
  const last = container[container.length - 1];
  const lastSpan = last ? layout.spanOf(last) : undefined;
  if (lastSpan) return lastSpan.end;
  throw new ModelError('The container is not part of the document.');
}

/** Docs keeps a paragraph after every table: a table never ends a body, header, footer or cell. */
function keepParagraphLast(model: DocModel, segmentId: string, container: StructuralElement[]): void {
  const last = container[container.length - 1];
  if (!last || !isTable(last)) return;
  const index = insertionIndex(model, segmentId, container, container.length);
  const paragraph = emptyParagraphElement();
  container.push(paragraph);
  shiftForInsert(model.data, segmentId, index, structuralLength(paragraph));
  model.changed();
}

export function insertBlock(
  model: DocModel,
  segmentId: string,
  container: StructuralElement[],
  position: number,
  block: BlockElement,
): void {
  const index = insertionIndex(model, segmentId, container, position);
  container.splice(position, 0, block);
  shiftForInsert(model.data, segmentId, index, structuralLength(block));
  model.changed();
  keepParagraphLast(model, segmentId, container);
}

export function removeBlock(model: DocModel, segmentId: string, container: StructuralElement[], position: number): void {
  const element = container[position];
  if (!element) throw new ModelError(`There is no element at position ${position}.`);
  if (position === container.length - 1 && isParagraph(element)) {
    // The message Apps Script gives for removing the paragraph a section must end with.
    throw new ModelError("Can't remove the last paragraph in a document section.");
  }
  const span = model.layout(segmentId).spanOf(element);
  if (!span) throw new ModelError('The element is not part of the document.');
  container.splice(position, 1);
  shiftForDelete(model.data, segmentId, span.start, span.end);
  model.collectUnusedObjects();
  model.changed();
}

function refreshTableSize(table: TableStructuralElement): void {
  table.table.rows = table.table.tableRows.length;
  table.table.columns = Math.max(0, ...table.table.tableRows.map((row) => row.tableCells.length));
}

export function insertTableRow(
  model: DocModel,
  segmentId: string,
  table: TableStructuralElement,
  rowIndex: number,
  row: TableRow,
): void {
  const layout = model.layout(segmentId);
  const rows = table.table.tableRows;
  if (rowIndex < 0 || rowIndex > rows.length) throw new ModelError(`Row index ${rowIndex} is out of range.`);
  const before = rows[rowIndex];
  const last = rows[rows.length - 1];
  const tableSpan = layout.spanOf(table);
  if (!tableSpan) throw new ModelError('The table is not part of the document.');
  const anchor = before ?? last;
  const anchorSpan = anchor ? layout.spanOf(anchor) : undefined;
  const index = before && anchorSpan ? anchorSpan.start : anchorSpan ? anchorSpan.end : tableSpan.start + 1;
  rows.splice(rowIndex, 0, row);
  refreshTableSize(table);
  shiftForInsert(model.data, segmentId, index, rowLength(row));
  model.changed();
}

/** Removes a row; removing a table's only row removes the table. */
export function removeTableRow(model: DocModel, segmentId: string, table: TableStructuralElement, rowIndex: number): void {
  const layout = model.layout(segmentId);
  const rows = table.table.tableRows;
  const row = rows[rowIndex];
  if (!row) throw new ModelError(`Row index ${rowIndex} is out of range.`);
  if (rows.length === 1) {
    const parent = layout.parents.get(table) as { content: StructuralElement[] } | undefined;
    if (!parent) throw new ModelError('The table is not part of the document.');
    removeBlock(model, segmentId, parent.content, parent.content.indexOf(table));
    return;
  }
  const span = layout.spanOf(row);
  if (!span) throw new ModelError('The row is not part of the document.');
  rows.splice(rowIndex, 1);
  refreshTableSize(table);
  shiftForDelete(model.data, segmentId, span.start, span.end);
  model.collectUnusedObjects();
  model.changed();
}

function tableOfRow(model: DocModel, segmentId: string, row: TableRow): TableStructuralElement {
  const table = model.layout(segmentId).parents.get(row);
  if (!table || !('table' in table)) throw new ModelError('The row is not part of the document.');
  return table as TableStructuralElement;
}

export function insertTableCell(model: DocModel, segmentId: string, row: TableRow, cellIndex: number, cell: TableCell): void {
  const layout = model.layout(segmentId);
  const cells = row.tableCells;
  if (cellIndex < 0 || cellIndex > cells.length) throw new ModelError(`Cell index ${cellIndex} is out of range.`);
  const rowSpan = layout.spanOf(row);
  if (!rowSpan) throw new ModelError('The row is not part of the document.');
  const before = cells[cellIndex];
  const index = before ? (layout.spanOf(before) as { start: number }).start : rowSpan.end;
  const table = tableOfRow(model, segmentId, row);
  cells.splice(cellIndex, 0, cell);
  refreshTableSize(table);
  shiftForInsert(model.data, segmentId, index, 1 + contentLength(cell.content));
  model.changed();
}

export function removeTableCell(model: DocModel, segmentId: string, row: TableRow, cellIndex: number): void {
  const layout = model.layout(segmentId);
  const cell = row.tableCells[cellIndex];
  if (!cell) throw new ModelError(`Cell index ${cellIndex} is out of range.`);
  const span = layout.spanOf(cell);
  if (!span) throw new ModelError('The cell is not part of the document.');
  const table = tableOfRow(model, segmentId, row);
  row.tableCells.splice(cellIndex, 1);
  refreshTableSize(table);
  shiftForDelete(model.data, segmentId, span.start, span.end);
  model.collectUnusedObjects();
  model.changed();
}

export function emptyCell(): TableCell {
  return { content: [{ paragraph: newParagraph() }] };
}

/** A new row shaped like `like`: as many cells, each with one empty paragraph in the first paragraph's style. */
export function emptyRowLike(like: TableRow | undefined, columns: number): TableRow {
  const cells = like ? like.tableCells : Array.from({ length: columns }, emptyCell);
  return {
    tableCells: cells.map((cell) => {
      const first = cell.content.find(isParagraph);
      const style = first ? first.paragraph.paragraphStyle : { namedStyleType: 'NORMAL_TEXT' as const };
      return { content: [{ paragraph: newParagraph('', style) }] };
    }),
  };
}

export function addSegment(model: DocModel, kind: 'header' | 'footer'): string {
  const id = model.newId(kind === 'header' ? 'h' : 'f');
  const content: StructuralElement[] = [emptyParagraphElement()];
  if (kind === 'header') {
    model.data.headers[id] = { headerId: id, content };
    model.data.documentStyle.defaultHeaderId = id;
  } else {
    model.data.footers[id] = { footerId: id, content };
    model.data.documentStyle.defaultFooterId = id;
  }
  model.changed();
  return id;
}

export function removeSegment(model: DocModel, segmentId: string): void {
  if (model.data.headers[segmentId]) {
    delete model.data.headers[segmentId];
    if (model.data.documentStyle.defaultHeaderId === segmentId) delete model.data.documentStyle.defaultHeaderId;
  } else if (model.data.footers[segmentId]) {
    delete model.data.footers[segmentId];
    if (model.data.documentStyle.defaultFooterId === segmentId) delete model.data.documentStyle.defaultFooterId;
  }
  dropSegment(model.data, segmentId);
  model.collectUnusedObjects();
  model.changed();
}
