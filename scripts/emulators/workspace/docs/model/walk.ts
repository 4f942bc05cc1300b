import type { SegmentLayout, Span } from './layout';
import {
  isParagraph,
  isTable,
  type ParagraphStructuralElement,
  type StructuralElement,
  type TableCell,
  type TableStructuralElement,
} from './types';

/** Every paragraph of some content in document order, table cells included. */
export function paragraphsIn(content: readonly StructuralElement[]): ParagraphStructuralElement[] {
  const found: ParagraphStructuralElement[] = [];
  const visit = (items: readonly StructuralElement[]): void => {
    for (const element of items) {
      if (isParagraph(element)) found.push(element);
      else if (isTable(element)) {
        for (const row of element.table.tableRows) for (const cell of row.tableCells) visit(cell.content);
      }
    }
  };
  visit(content);
  return found;
}

export function tablesIn(content: readonly StructuralElement[]): TableStructuralElement[] {
  const found: TableStructuralElement[] = [];
  const visit = (items: readonly StructuralElement[]): void => {
    for (const element of items) {
      if (!isTable(element)) continue;
      found.push(element);
      for (const row of element.table.tableRows) for (const cell of row.tableCells) visit(cell.content);
    }
  };
  visit(content);
  return found;
}

export interface BlockHit {
  readonly element: StructuralElement;
  /** Position of the element in `container`. */
  readonly position: number;
  readonly span: Span;
  readonly container: StructuralElement[];
}

/** The block of `container` whose span holds `index`. */
export function blockAt(layout: SegmentLayout, container: StructuralElement[], index: number): BlockHit | undefined {
  for (let position = 0; position < container.length; position++) {
    const element = container[position] as StructuralElement;
    const span = layout.spanOf(element);
    if (span && span.start <= index && index < span.end) return { element, position, span, container };
  }
  return undefined;
}

/** The cell of a table whose content (after its start marker) holds `index`. */
export function cellAt(layout: SegmentLayout, table: TableStructuralElement, index: number): TableCell | undefined {
  for (const row of table.table.tableRows) {
    for (const cell of row.tableCells) {
      const span = layout.spanOf(cell);
      if (span && span.start + 1 <= index && index < span.end) return cell;
    }
  }
  return undefined;
}

export interface ParagraphHit extends BlockHit {
  readonly element: ParagraphStructuralElement;
}

/** The paragraph, at any depth, whose span holds `index`; undefined on a table marker. */
export function paragraphAt(
  layout: SegmentLayout,
  container: StructuralElement[],
  index: number,
): ParagraphHit | undefined {
  const hit = blockAt(layout, container, index);
  if (!hit) return undefined;
  if (isParagraph(hit.element)) return hit as ParagraphHit;
  if (!isTable(hit.element)) return undefined;
  const cell = cellAt(layout, hit.element, index);
  return cell ? paragraphAt(layout, cell.content, index) : undefined;
}
