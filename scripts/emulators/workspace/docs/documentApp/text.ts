// DocumentApp Text: a paragraph's Text child, or the editAsText() view of a larger element.
// Offsets are in UTF-16 units of getText(); ranges are inclusive of their end offset.
// https://developers.google.com/apps-script/reference/document/text

import type { DocModel } from '../model/docModel';
import { deleteRange, insertText, updateTextStyle } from '../model/textEdits';
import type { ParagraphStructuralElement } from '../model/types';
import { ElementBase } from './element';
import type { ElementTypeName } from './enums';
import type { DocumentAppEnv } from './env';
import { exception } from './errors';
import type { DocHandle } from './handle';
import { instrumentCalls } from './instrument';
import { paragraphChildren } from './paragraphChildren';
import { RangeElementImpl } from './rangeElement';
import {
  BACKGROUND_COLOR,
  BOLD,
  FONT_FAMILY,
  FONT_SIZE,
  FOREGROUND_COLOR,
  ITALIC,
  LINK_URL,
  STRIKETHROUGH,
  TEXT_ATTRIBUTES,
  UNDERLINE,
  type TextAttribute,
} from './textAttributes';
import {
  findInPieces,
  inParagraphText,
  patternMatcher,
  replaceInPieces,
  segmentOfNode,
  wholePieces,
  type FindResult,
} from './textSearch';
import { TextView, type ViewPiece } from './textView';

/** Which text the object edits: the n-th child of a paragraph, or all the text of a node. */
export type TextScope = { readonly kind: 'child'; readonly ordinal: number } | { readonly kind: 'view' };

export class TextImpl extends ElementBase {
  constructor(
    env: DocumentAppEnv,
    handle: DocHandle,
    node: object,
    readonly _scope: TextScope,
  ) {
    super(env, handle, node);
  }

  _className(): string {
    return 'Text';
  }

  _elementType(): ElementTypeName {
    return 'TEXT';
  }

  _pieces(): ViewPiece[] {
    if (this._scope.kind === 'view') return wholePieces(this._node);
    const holder = this._node as ParagraphStructuralElement;
    const child = paragraphChildren(holder.paragraph)[this._scope.ordinal];
    if (!child || child.kind !== 'text') throw exception('Element does not exist.');
    return [{ holder, from: child.offset, to: child.offset + child.length }];
  }

  _view(model: DocModel): TextView {
    return new TextView(model, segmentOfNode(model, this._node), this._pieces());
  }

  _setStyle<V>(attribute: TextAttribute<V>, args: unknown[]): this {
    const [first, second, third] = args;
    const whole = args.length < 3;
    const value = (whole ? first : third) as V | null;
    this._edit((model) => {
      const view = this._view(model);
      if (view.length === 0) return;
      const { start, end } = whole ? view.range(0, view.length - 1) : view.range(Number(first), Number(second));
      updateTextStyle(model, view.segmentId, start, end, attribute.toStyle(value), [attribute.field]);
    });
    return this;
  }

  /** The attribute at `offset`, or for the whole text when it is the same everywhere (else null). */
  _getStyle<V>(attribute: TextAttribute<V>, offset: unknown): V | null {
    const view = this._view(this._handle.read());
    if (offset !== undefined) return attribute.fromStyle(view.styleAt(Number(offset)));
    if (view.length === 0) return null;
    const first = attribute.fromStyle(view.styleAt(0));
    for (let i = 1; i < view.length; i++) {
      if (JSON.stringify(attribute.fromStyle(view.styleAt(i))) !== JSON.stringify(first)) return null;
    }
    return first;
  }

  override getParent(): unknown {
    if (this._scope.kind === 'child') return this._wrap(this._node);
    const parent = this._parentNode(this._handle.read());
    return parent ? this._wrap(parent) : null;
  }

  getText(): string {
    return this._view(this._handle.read()).text;
  }

  setText(text: string): this {
    this._edit((model) => {
      const view = this._view(model);
      const at = view.length > 0 ? view.indexOf(0) : view.endIndex;
      if (view.length > 0) {
        const { start, end } = view.range(0, view.length - 1);
        deleteRange(model, view.segmentId, start, end);
      }
      insertText(model, view.segmentId, at, inParagraphText(text));
    });
    return this;
  }

  appendText(text: string): this {
    this._edit((model) => {
      const view = this._view(model);
      insertText(model, view.segmentId, view.endIndex, inParagraphText(text));
    });
    return this;
  }

  insertText(offset: number, text: string): this {
    this._edit((model) => {
      const view = this._view(model);
      insertText(model, view.segmentId, view.insertionIndex(offset), inParagraphText(text));
    });
    return this;
  }

  deleteText(startOffset: number, endOffsetInclusive: number): this {
    this._edit((model) => {
      const view = this._view(model);
      const { start, end } = view.range(startOffset, endOffsetInclusive);
      deleteRange(model, view.segmentId, start, end);
    });
    return this;
  }

  setBold(...args: unknown[]): this {
    return this._setStyle(BOLD, args);
  }

  isBold(offset?: number): boolean | null {
    return this._getStyle(BOLD, offset);
  }

  setItalic(...args: unknown[]): this {
    return this._setStyle(ITALIC, args);
  }

  isItalic(offset?: number): boolean | null {
    return this._getStyle(ITALIC, offset);
  }

  setUnderline(...args: unknown[]): this {
    return this._setStyle(UNDERLINE, args);
  }

  isUnderline(offset?: number): boolean | null {
    return this._getStyle(UNDERLINE, offset);
  }

  setStrikethrough(...args: unknown[]): this {
    return this._setStyle(STRIKETHROUGH, args);
  }

  isStrikethrough(offset?: number): boolean | null {
    return this._getStyle(STRIKETHROUGH, offset);
  }

  setFontSize(...args: unknown[]): this {
    return this._setStyle(FONT_SIZE, args);
  }

  getFontSize(offset?: number): number | null {
    return this._getStyle(FONT_SIZE, offset);
  }

  setFontFamily(...args: unknown[]): this {
    return this._setStyle(FONT_FAMILY, args);
  }

  getFontFamily(offset?: number): string | null {
    return this._getStyle(FONT_FAMILY, offset);
  }

  setForegroundColor(...args: unknown[]): this {
    return this._setStyle(FOREGROUND_COLOR, args);
  }

  getForegroundColor(offset?: number): string | null {
    return this._getStyle(FOREGROUND_COLOR, offset);
  }

  setBackgroundColor(...args: unknown[]): this {
    return this._setStyle(BACKGROUND_COLOR, args);
  }

  getBackgroundColor(offset?: number): string | null {
    return this._getStyle(BACKGROUND_COLOR, offset);
  }

  setLinkUrl(...args: unknown[]): this {
    return this._setStyle(LINK_URL, args);
  }

  getLinkUrl(offset?: number): string | null {
    return this._getStyle(LINK_URL, offset);
  }

  /** The offsets where a run of uniform style starts. */
  getTextAttributeIndices(): number[] {
    const view = this._view(this._handle.read());
    const starts: number[] = [];
    let previous = '';
    for (let i = 0; i < view.length; i++) {
      const style = JSON.stringify(view.styleAt(i));
      if (i === 0 || style !== previous) starts.push(i);
      previous = style;
    }
    return starts.length > 0 ? starts : [0];
  }

  _attributes(offset?: number): Record<string, unknown> {
    const attributes: Record<string, unknown> = {};
    for (const attribute of TEXT_ATTRIBUTES) attributes[attribute.attribute] = this._getStyle(attribute, offset);
    return attributes;
  }

  /** setAttributes without counting a call (Paragraph.setAttributes delegates here). */
  _setAttributesQuietly(attributes: Record<string, unknown>, range?: [unknown, unknown]): void {
    for (const attribute of TEXT_ATTRIBUTES) {
      if (!(attribute.attribute in attributes)) continue;
      const value = attributes[attribute.attribute] as never;
      this._setStyle(attribute, range ? [range[0], range[1], value] : [value]);
    }
  }

  getAttributes(offset?: number): Record<string, unknown> {
    return this._attributes(offset);
  }

  setAttributes(...args: unknown[]): this {
    const whole = args.length < 3;
    const attributes = (whole ? args[0] : args[2]) as Record<string, unknown>;
    this._setAttributesQuietly(attributes, whole ? undefined : [args[0], args[1]]);
    return this;
  }

  editAsText(): this {
    return this;
  }

  findText(searchPattern: string, from?: RangeElementImpl): RangeElementImpl | null {
    const found = findInPieces(this._pieces(), patternMatcher(searchPattern), from?._found ?? undefined);
    return found ? rangeElementFor(this._env, this._handle, found) : null;
  }

  replaceText(searchPattern: string, replacement: string): this {
    const matcher = patternMatcher(searchPattern);
    this._edit((model) => {
      replaceInPieces(model, segmentOfNode(model, this._node), this._pieces(), matcher, replacement);
    });
    return this;
  }

  removeFromParent(): this {
    this._edit((model) => {
      const view = this._view(model);
      if (view.length === 0) return;
      const { start, end } = view.range(0, view.length - 1);
      deleteRange(model, view.segmentId, start, end);
    });
    return this;
  }
}

instrumentCalls(TextImpl.prototype);

/** The Text child of a paragraph that starts at `offset`. */
export function textChildAt(env: DocumentAppEnv, handle: DocHandle, holder: ParagraphStructuralElement, offset: number): TextImpl {
  const ordinal = paragraphChildren(holder.paragraph).findIndex((child) => child.kind === 'text' && child.offset === offset);
  if (ordinal < 0) throw exception('Element does not exist.');
  return new TextImpl(env, handle, holder, { kind: 'child', ordinal });
}

/** A findText result: the Text element it is in and the inclusive offsets of the match. */
export function rangeElementFor(env: DocumentAppEnv, handle: DocHandle, found: FindResult): RangeElementImpl {
  const { block, match } = found;
  const element = textChildAt(env, handle, block.holder, block.offset);
  const partial = match.start > 0 || match.end < block.text.length;
  return new RangeElementImpl(env, element, match.start, match.end - 1, partial, {
    holder: block.holder,
    blockOffset: block.offset,
    matchEnd: match.end,
  });
}

/** Shared by every element with findText/replaceText/editAsText over all of its text. */
export function findTextIn(
  element: ElementBase,
  searchPattern: string,
  from: RangeElementImpl | undefined,
): RangeElementImpl | null {
  element._handle.read();
  const found = findInPieces(wholePieces(element._node), patternMatcher(searchPattern), from?._found ?? undefined);
  return found ? rangeElementFor(element._env, element._handle, found) : null;
}

export function replaceTextIn(element: ElementBase, searchPattern: string, replacement: string): void {
  const matcher = patternMatcher(searchPattern);
  element._edit((model) => {
    replaceInPieces(model, segmentOfNode(model, element._node), wholePieces(element._node), matcher, replacement);
  });
}

export function editAsTextOf(element: ElementBase): TextImpl {
  element._handle.read();
  return new TextImpl(element._env, element._handle, element._node, { kind: 'view' });
}
