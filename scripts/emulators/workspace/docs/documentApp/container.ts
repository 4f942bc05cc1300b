// The block containers: Body, HeaderSection, FooterSection and TableCell. Their children are
// paragraphs and tables (the body's section break is not a child).
// https://developers.google.com/apps-script/reference/document/body

import type { InlineImageImpl } from './inlineImage';
import type { ParagraphImpl } from './paragraph';
import type { TableImpl } from './table';
import type { DocModel } from '../model/docModel';
import { newParagraph } from '../model/paragraphEdit';
import { insertBlock, removeBlock } from '../model/structureEdits';
import { deleteRange, insertInlineObject, insertText } from '../model/textEdits';
import {
  isSectionBreak,
  type BlockElement,
  type StructuralElement,
  type TableRow,
  type TableStructuralElement,
} from '../model/types';
import { paragraphsIn, tablesIn } from '../model/walk';
import { takeDetached } from './detached';
import { ElementBase } from './element';
import { exception } from './errors';
import { imageFromSource, storeImage } from './images';
import { instrumentCalls } from './instrument';
import { editAsTextOf, findTextIn, replaceTextIn, type TextImpl } from './text';
import type { RangeElementImpl } from './rangeElement';
import { inParagraphText, segmentOfNode, wholePieces } from './textSearch';
import { TextView } from './textView';

function cellsToTable(cells: unknown): TableStructuralElement {
  const grid = Array.isArray(cells) ? (cells as unknown[]) : [];
  const tableRows: TableRow[] = grid.map((row) => ({
    tableCells: (Array.isArray(row) ? (row as unknown[]) : []).map((value) => ({
      content: [{ paragraph: newParagraph(inParagraphText(value)) }],
    })),
  }));
  const columns = Math.max(0, ...tableRows.map((row) => row.tableCells.length));
  return { table: { rows: tableRows.length, columns, tableRows } };
}

function isElementArgument(value: unknown): value is ElementBase {
  return value instanceof ElementBase;
}

export abstract class ContainerBase extends ElementBase {
  _content(): StructuralElement[] {
    return (this._node as { content: StructuralElement[] }).content;
  }

  /** Children as DocumentApp counts them: everything but the section break. */
  _children(): StructuralElement[] {
    return this._content().filter((element) => !isSectionBreak(element));
  }

  /** Array position in `content` of DocumentApp child `childIndex`. */
  _position(childIndex: number): number {
    const first = this._content()[0];
    return childIndex + (first && isSectionBreak(first) ? 1 : 0);
  }

  _checkInsertIndex(childIndex: number): void {
    const count = this._children().length;
    if (!Number.isInteger(childIndex) || childIndex < 0 || childIndex > count) {
      throw exception(`Index (${childIndex}) must be less than or equal to the number of child elements (${count}).`);
    }
  }

  _insert<T>(childIndex: number, make: (model: DocModel) => BlockElement): T {
    this._handle.read();
    this._checkInsertIndex(childIndex);
    return this._edit((model) => {
      const block = make(model);
      insertBlock(model, segmentOfNode(model, this._node), this._content(), this._position(childIndex), block);
      return this._wrap<T>(block);
    });
  }

  _paragraphFrom(argument: unknown, model: DocModel): BlockElement {
    if (isElementArgument(argument)) return takeDetached(argument, model, (node) => 'paragraph' in node);
    return { paragraph: newParagraph(inParagraphText(argument ?? '')) };
  }

  _tableFrom(argument: unknown, model: DocModel): BlockElement {
    if (isElementArgument(argument)) return takeDetached(argument, model, (node) => 'table' in node);
    return cellsToTable(argument);
  }

  _imageParagraph(childIndex: number, source: unknown): InlineImageImpl {
    const image = imageFromSource(source);
    return this._edit((model) => {
      this._checkInsertIndex(childIndex);
      const holder = { paragraph: newParagraph() };
      const segmentId = segmentOfNode(model, this._node);
      insertBlock(model, segmentId, this._content(), this._position(childIndex), holder);
      const objectId = storeImage(model, image);
      const span = model.layout(segmentId).spanOf(holder) as { start: number };
      insertInlineObject(model, segmentId, span.start, objectId);
      return this._wrap<InlineImageImpl>(holder.paragraph.elements[0] as object);
    });
  }

  getNumChildren(): number {
    this._handle.read();
    return this._children().length;
  }

  getChild(childIndex: number): ElementBase {
    this._handle.read();
    const children = this._children();
    const child = children[childIndex];
    if (!child) {
      throw exception(`Child index (${childIndex}) must be less than the number of child elements (${children.length}).`);
    }
    return this._wrap<ElementBase>(child);
  }

  getChildIndex(child: unknown): number {
    this._handle.read();
    if (!isElementArgument(child)) throw exception('Invalid argument: child');
    const index = this._children().indexOf(child._node as StructuralElement);
    if (index < 0) throw exception('Element is not a child of this element.');
    return index;
  }

  appendParagraph(textOrParagraph: unknown): ParagraphImpl {
    return this._insert<ParagraphImpl>(this._children().length, (model) => this._paragraphFrom(textOrParagraph, model));
  }

  insertParagraph(childIndex: number, textOrParagraph: unknown): ParagraphImpl {
    return this._insert<ParagraphImpl>(childIndex, (model) => this._paragraphFrom(textOrParagraph, model));
  }

  appendTable(cellsOrTable?: unknown): TableImpl {
    return this._insert<TableImpl>(this._children().length, (model) => this._tableFrom(cellsOrTable, model));
  }

  insertTable(childIndex: number, cellsOrTable?: unknown): TableImpl {
    return this._insert<TableImpl>(childIndex, (model) => this._tableFrom(cellsOrTable, model));
  }

  /** A new paragraph holding only the image; returns the InlineImage. */
  appendImage(image: unknown): InlineImageImpl {
    this._handle.read();
    return this._imageParagraph(this._children().length, image);
  }

  insertImage(childIndex: number, image: unknown): InlineImageImpl {
    this._handle.read();
    return this._imageParagraph(childIndex, image);
  }

  removeChild(child: unknown): this {
    this._handle.read();
    if (!isElementArgument(child)) throw exception('Invalid argument: child');
    const position = this._content().indexOf(child._node as StructuralElement);
    if (position < 0) throw exception('Element is not a child of this element.');
    this._edit((model) => removeBlock(model, segmentOfNode(model, this._node), this._content(), position));
    return this;
  }

  getText(): string {
    const model = this._handle.read();
    return new TextView(model, segmentOfNode(model, this._node), wholePieces(this._node)).text;
  }

  /** Empties the container down to one empty paragraph (a section never has no paragraph); returns its span. */
  _empty(model: DocModel): { segmentId: string; start: number } {
    const segmentId = segmentOfNode(model, this._node);
    const content = this._content();
    while (this._children().length > 1) removeBlock(model, segmentId, content, this._position(0));
    const last = content[content.length - 1] as StructuralElement;
    const span = model.layout(segmentId).spanOf(last) as { start: number; end: number };
    if (span.end - span.start > 1) deleteRange(model, segmentId, span.start, span.end - 1);
    return { segmentId, start: span.start };
  }

  clear(): this {
    this._handle.read();
    this._edit((model) => this._empty(model));
    return this;
  }

  setText(text: string): this {
    this._handle.read();
    this._edit((model) => {
      const { segmentId, start } = this._empty(model);
      insertText(model, segmentId, start, inParagraphText(text));
    });
    return this;
  }

  editAsText(): TextImpl {
    return editAsTextOf(this);
  }

  findText(searchPattern: string, from?: RangeElementImpl): RangeElementImpl | null {
    return findTextIn(this, searchPattern, from);
  }

  replaceText(searchPattern: string, replacement: string): this {
    replaceTextIn(this, searchPattern, replacement);
    return this;
  }
}

instrumentCalls(ContainerBase.prototype);

/** Body, HeaderSection and FooterSection also list their paragraphs, tables and images. */
export abstract class SectionBase extends ContainerBase {
  getParagraphs(): ParagraphImpl[] {
    this._handle.read();
    return paragraphsIn(this._content()).map((holder) => this._wrap<ParagraphImpl>(holder));
  }

  getTables(): TableImpl[] {
    this._handle.read();
    return tablesIn(this._content()).map((table) => this._wrap<TableImpl>(table));
  }

  getImages(): InlineImageImpl[] {
    this._handle.read();
    return paragraphsIn(this._content()).flatMap((holder) =>
      holder.paragraph.elements.filter((element) => 'inlineObjectElement' in element).map((element) => this._wrap<InlineImageImpl>(element)),
    );
  }
}

instrumentCalls(SectionBase.prototype);
