// https://developers.google.com/apps-script/reference/document/paragraph

import type { InlineImageImpl } from './inlineImage';
import { paragraphText } from '../model/paragraphEdit';
import { deleteRange, insertInlineObject, insertText } from '../model/textEdits';
import type { ParagraphStructuralElement } from '../model/types';
import { removeBlockElement } from './blockRemoval';
import { detachedCopy } from './detached';
import { ElementBase } from './element';
import type { ElementTypeName } from './enums';
import { exception } from './errors';
import { imageFromSource, storeImage } from './images';
import { instrumentCalls } from './instrument';
import { offsetForChildIndex, paragraphChildren } from './paragraphChildren';
import { alignmentFor, alignmentStyleFor, headingFor, namedStyleFor } from './paragraphStyles';
import type { RangeElementImpl } from './rangeElement';
import { editAsTextOf, findTextIn, replaceTextIn, TextImpl, type TextImpl as Text } from './text';
import { inParagraphText } from './textSearch';

export class ParagraphImpl extends ElementBase {
  _className(): string {
    return 'Paragraph';
  }

  _elementType(): ElementTypeName {
    return 'PARAGRAPH';
  }

  _holder(): ParagraphStructuralElement {
    return this._node as ParagraphStructuralElement;
  }

  _childWrapper(ordinal: number): ElementBase | null {
    const child = paragraphChildren(this._holder().paragraph)[ordinal];
    if (!child) return null;
    return child.kind === 'text'
      ? new TextImpl(this._env, this._handle, this._node, { kind: 'child', ordinal })
      : this._wrap<ElementBase>(child.element);
  }

  /** The Text child that holds paragraph offset `offset`, after an edit put text there. */
  _textChildHolding(offset: number): Text {
    const children = paragraphChildren(this._holder().paragraph);
    const ordinal = children.findIndex(
      (child) => child.kind === 'text' && child.offset <= offset && offset <= child.offset + child.length,
    );
    if (ordinal < 0) throw exception('Element does not exist.');
    return new TextImpl(this._env, this._handle, this._node, { kind: 'child', ordinal });
  }

  _insertImageAt(offsetOf: () => number, source: unknown): InlineImageImpl {
    const image = imageFromSource(source);
    return this._edit((model) => {
      const { segmentId, span } = this._locate(model);
      const offset = offsetOf();
      const objectId = storeImage(model, image);
      insertInlineObject(model, segmentId, span.start + offset, objectId);
      const element = this._holder().paragraph.elements.find(
        (item) => 'inlineObjectElement' in item && item.inlineObjectElement.inlineObjectId === objectId,
      );
      return this._wrap<InlineImageImpl>(element as object);
    });
  }

  getText(): string {
    this._read();
    return paragraphText(this._holder().paragraph);
  }

  /** Replaces all of the paragraph's contents, images included, with plain text. */
  setText(text: string): this {
    this._edit((model) => {
      const { segmentId, span } = this._locate(model);
      if (span.end - span.start > 1) deleteRange(model, segmentId, span.start, span.end - 1);
      insertText(model, segmentId, span.start, inParagraphText(text));
    });
    return this;
  }

  clear(): this {
    this._edit((model) => {
      const { segmentId, span } = this._locate(model);
      if (span.end - span.start > 1) deleteRange(model, segmentId, span.start, span.end - 1);
    });
    return this;
  }

  appendText(text: string): Text {
    return this._edit((model) => {
      const { segmentId, span } = this._locate(model);
      const at = span.end - 1 - span.start;
      insertText(model, segmentId, span.end - 1, inParagraphText(text));
      return this._textChildHolding(at);
    });
  }

  insertText(childIndex: number, text: string): Text {
    return this._edit((model) => {
      const { segmentId, span } = this._locate(model);
      const offset = offsetForChildIndex(this._holder().paragraph, childIndex);
      insertText(model, segmentId, span.start + offset, inParagraphText(text));
      return this._textChildHolding(offset);
    });
  }

  appendInlineImage(image: unknown): InlineImageImpl {
    this._read();
    const paragraph = this._holder().paragraph;
    return this._insertImageAt(() => offsetForChildIndex(paragraph, Number.POSITIVE_INFINITY), image);
  }

  insertInlineImage(childIndex: number, image: unknown): InlineImageImpl {
    this._read();
    const count = paragraphChildren(this._holder().paragraph).length;
    if (!Number.isInteger(childIndex) || childIndex < 0 || childIndex > count) {
      throw exception(`Index (${childIndex}) must be less than or equal to the number of child elements (${count}).`);
    }
    return this._insertImageAt(() => offsetForChildIndex(this._holder().paragraph, childIndex), image);
  }

  getNumChildren(): number {
    this._read();
    return paragraphChildren(this._holder().paragraph).length;
  }

  getChild(childIndex: number): ElementBase {
    this._read();
    const count = paragraphChildren(this._holder().paragraph).length;
    const child = this._childWrapper(childIndex);
    if (!child) throw exception(`Child index (${childIndex}) must be less than the number of child elements (${count}).`);
    return child;
  }

  getChildIndex(child: unknown): number {
    this._read();
    const children = paragraphChildren(this._holder().paragraph);
    if (child instanceof TextImpl && child._node === this._node && child._scope.kind === 'child') return child._scope.ordinal;
    if (child instanceof ElementBase) {
      const index = children.findIndex((item) => item.kind === 'image' && item.element === child._node);
      if (index >= 0) return index;
    }
    throw exception('Element is not a child of this element.');
  }

  getHeading(): unknown {
    this._read();
    return headingFor(this._holder().paragraph.paragraphStyle.namedStyleType);
  }

  setHeading(heading: unknown): this {
    const style = namedStyleFor(heading);
    this._edit((model) => {
      this._locate(model);
      this._holder().paragraph.paragraphStyle.namedStyleType = style;
      model.changed();
    });
    return this;
  }

  getAlignment(): unknown {
    this._read();
    return alignmentFor(this._holder().paragraph.paragraphStyle.alignment);
  }

  setAlignment(alignment: unknown): this {
    const style = alignmentStyleFor(alignment);
    this._edit((model) => {
      this._locate(model);
      this._holder().paragraph.paragraphStyle.alignment = style;
      model.changed();
    });
    return this;
  }

  getAttributes(): Record<string, unknown> {
    this._read();
    const attributes = new TextImpl(this._env, this._handle, this._node, { kind: 'view' })._attributes();
    attributes['HEADING'] = headingFor(this._holder().paragraph.paragraphStyle.namedStyleType);
    attributes['HORIZONTAL_ALIGNMENT'] = alignmentFor(this._holder().paragraph.paragraphStyle.alignment);
    return attributes;
  }

  setAttributes(attributes: Record<string, unknown>): this {
    const { HEADING: heading, HORIZONTAL_ALIGNMENT: alignment, ...text } = attributes;
    this._edit((model) => {
      this._locate(model);
      const style = this._holder().paragraph.paragraphStyle;
      if (heading !== undefined && heading !== null) style.namedStyleType = namedStyleFor(heading);
      if (alignment !== undefined && alignment !== null) style.alignment = alignmentStyleFor(alignment);
      model.changed();
    });
    new TextImpl(this._env, this._handle, this._node, { kind: 'view' })._setAttributesQuietly(text);
    return this;
  }

  editAsText(): Text {
    return editAsTextOf(this);
  }

  findText(searchPattern: string, from?: RangeElementImpl): RangeElementImpl | null {
    return findTextIn(this, searchPattern, from);
  }

  replaceText(searchPattern: string, replacement: string): this {
    replaceTextIn(this, searchPattern, replacement);
    return this;
  }

  copy(): ParagraphImpl {
    return detachedCopy(this._env, this._handle, this._node) as ParagraphImpl;
  }

  removeFromParent(): this {
    this._edit((model) => removeBlockElement(this, model));
    return this;
  }
}

instrumentCalls(ParagraphImpl.prototype);
