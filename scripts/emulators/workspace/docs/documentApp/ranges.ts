// Range, RangeBuilder and NamedRange. A named range is stored as index ranges (the Docs API's
// form), so it follows the text through later edits; getRange() turns it back into elements.
// https://developers.google.com/apps-script/reference/document/named-range

import type { DocModel } from '../model/docModel';
import { elementLength } from '../model/layout';
import { addNamedRange, findNamedRange, removeNamedRange } from '../model/namedRanges';
import { BODY_SEGMENT, isParagraph, isSectionBreak, isTable, type IndexRange, type StructuralElement } from '../model/types';
import { ElementBase } from './element';
import type { DocumentAppEnv } from './env';
import { exception } from './errors';
import type { DocHandle } from './handle';
import { instrumentCalls } from './instrument';
import { paragraphChildren } from './paragraphChildren';
import { RangeElementImpl } from './rangeElement';
import { ScriptObject } from './scriptObject';
import { TextImpl } from './text';
import { segmentOfNode } from './textSearch';

export class RangeImpl extends ScriptObject {
  constructor(
    env: DocumentAppEnv,
    readonly _elements: readonly RangeElementImpl[],
  ) {
    super(env);
  }

  _className(): string {
    return 'Range';
  }

  getRangeElements(): RangeElementImpl[] {
    return [...this._elements];
  }
}

export class RangeBuilderImpl extends ScriptObject {
  private readonly elements: RangeElementImpl[] = [];

  _className(): string {
    return 'RangeBuilder';
  }

  /** addElement(element) or addElement(textElement, startOffset, endOffsetInclusive). */
  addElement(element: unknown, startOffset?: number, endOffsetInclusive?: number): this {
    if (!(element instanceof ElementBase)) throw exception('Invalid argument: element');
    const partial = startOffset !== undefined && endOffsetInclusive !== undefined;
    if (partial && !(element instanceof TextImpl)) throw exception('Only a Text element can be added partially.');
    this.elements.push(new RangeElementImpl(this._env, element, startOffset ?? -1, endOffsetInclusive ?? -1, partial));
    return this;
  }

  addRange(range: unknown): this {
    if (!(range instanceof RangeImpl)) throw exception('Invalid argument: range');
    this.elements.push(...range._elements);
    return this;
  }

  getRangeElements(): RangeElementImpl[] {
    return [...this.elements];
  }

  build(): RangeImpl {
    return new RangeImpl(this._env, [...this.elements]);
  }
}

/** The index range a RangeElement covers in its segment. */
export function indexRangeOf(model: DocModel, rangeElement: RangeElementImpl): IndexRange | undefined {
  const element = rangeElement._element;
  if (!(element instanceof ElementBase)) return undefined;
  const segmentId = segmentOfNode(model, element._node);
  let startIndex: number;
  let endIndex: number;
  if (element instanceof TextImpl) {
    const view = element._view(model);
    if (view.length === 0) return undefined;
    const { start, end } = rangeElement._partial
      ? view.range(rangeElement._start, rangeElement._endInclusive)
      : view.range(0, view.length - 1);
    startIndex = start;
    endIndex = end;
  } else {
    const location = model.locate(element._node);
    if (!location) throw exception('A whole section cannot be a named range; add its paragraphs or tables.');
    startIndex = location.span.start;
    endIndex = location.span.end;
  }
  return segmentId === BODY_SEGMENT ? { startIndex, endIndex } : { segmentId, startIndex, endIndex };
}

/** The elements an index range covers: whole elements where it covers them, partial Text otherwise. */
export function rangeElementsIn(
  env: DocumentAppEnv,
  handle: DocHandle,
  model: DocModel,
  range: IndexRange,
): RangeElementImpl[] {
  const segmentId = range.segmentId ?? BODY_SEGMENT;
  const layout = model.layout(segmentId);
  const { startIndex: start, endIndex: end } = range;
  const found: RangeElementImpl[] = [];
  const whole = (node: object): void => {
    found.push(new RangeElementImpl(env, env.wrap(handle, node), -1, -1, false));
  };
  const visit = (content: readonly StructuralElement[]): void => {
    for (const element of content) {
      if (isSectionBreak(element)) continue;
      const span = layout.spanOf(element);
      if (!span || span.end <= start || span.start >= end) continue;
      if (start <= span.start && span.end <= end) {
        whole(element);
      } else if (isTable(element)) {
        for (const row of element.table.tableRows) for (const cell of row.tableCells) visit(cell.content);
      } else if (isParagraph(element)) {
        paragraphChildren(element.paragraph).forEach((child, ordinal) => {
          const childStart = span.start + child.offset;
          const childEnd = childStart + (child.kind === 'text' ? child.length : elementLength(child.element));
          const from = Math.max(start, childStart);
          const to = Math.min(end, childEnd);
          if (from >= to) return;
          if (child.kind === 'image') {
            whole(child.element);
            return;
          }
          const text = new TextImpl(env, handle, element, { kind: 'child', ordinal });
          const partial = from > childStart || to < childEnd;
          found.push(new RangeElementImpl(env, text, from - childStart, to - childStart - 1, partial));
        });
      }
    }
  };
  visit(model.segmentContent(segmentId));
  return found;
}

export class NamedRangeImpl extends ScriptObject {
  constructor(
    env: DocumentAppEnv,
    readonly _handle: DocHandle,
    readonly _namedRangeId: string,
  ) {
    super(env);
  }

  _className(): string {
    return 'NamedRange';
  }

  _stored(model: DocModel) {
    const stored = findNamedRange(model.data, this._namedRangeId);
    if (!stored) throw exception('The named range no longer exists.');
    return stored;
  }

  getId(): string {
    this._stored(this._handle.read());
    return this._namedRangeId;
  }

  getName(): string {
    return this._stored(this._handle.read()).name;
  }

  getRange(): RangeImpl {
    const model = this._handle.read();
    const stored = this._stored(model);
    const elements = stored.ranges.flatMap((range) => rangeElementsIn(this._env, this._handle, model, range));
    return new RangeImpl(this._env, elements);
  }

  remove(): void {
    const model = this._handle.edit();
    removeNamedRange(model.data, this._namedRangeId);
    model.changed();
    this._handle.saved();
  }
}

/** Document.addNamedRange: "Names must be at least 1 character, and no more than 256 characters." */
export function createNamedRange(
  env: DocumentAppEnv,
  handle: DocHandle,
  name: string,
  range: unknown,
): NamedRangeImpl {
  if (typeof name !== 'string' || name.length < 1 || name.length > 256) throw exception('Invalid argument: name');
  if (!(range instanceof RangeImpl)) throw exception('Invalid argument: range');
  const model = handle.edit();
  for (const rangeElement of range._elements) {
    const element = rangeElement._element;
    if (element instanceof ElementBase && element._handle.documentId !== handle.documentId) {
      throw exception('The range must be in this document.');
    }
  }
  const ranges = range._elements
    .map((rangeElement) => indexRangeOf(model, rangeElement))
    .filter((item): item is IndexRange => item !== undefined);
  if (ranges.length === 0) throw exception('Invalid argument: range');
  const namedRangeId = model.newId('n');
  addNamedRange(model.data, { namedRangeId, name, ranges });
  model.changed();
  handle.saved();
  return new NamedRangeImpl(env, handle, namedRangeId);
}

instrumentCalls(RangeImpl.prototype);
instrumentCalls(RangeBuilderImpl.prototype);
instrumentCalls(NamedRangeImpl.prototype);
