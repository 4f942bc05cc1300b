// What all DocumentApp elements share: call counting, access checks on every call, locating
// their node in the live document, and the Element methods (getType, getParent, siblings,
// removeFromParent, the as… casts).
// https://developers.google.com/apps-script/reference/document/element

import type { DocModel, NodeLocation } from '../model/docModel';
import { ModelError } from '../model/modelError';
import { ElementType, type ElementTypeName, type ScriptEnumValue } from './enums';
import { SERVICE, type DocumentAppEnv } from './env';
import { exception } from './errors';
import type { DocHandle } from './handle';
import { instrumentCalls, type Counted } from './instrument';

export interface Located {
  readonly model: DocModel;
  readonly location: NodeLocation;
}

export abstract class ElementBase implements Counted {
  constructor(
    readonly _env: DocumentAppEnv,
    readonly _handle: DocHandle,
    readonly _node: object,
  ) {}

  abstract _className(): string;
  abstract _elementType(): ElementTypeName;

  _countCall(method: string): void {
    this._env.ctx.calls.count(SERVICE, `${this._className()}.${method}`);
  }

  /** Finds the node in `model`; an element removed from its document no longer exists. */
  _locate(model: DocModel): NodeLocation {
    const location = model.locate(this._node);
    if (!location) throw exception('Element does not exist.');
    return location;
  }

  _read(): Located {
    const model = this._handle.read();
    return { model, location: this._locate(model) };
  }

  /** Runs an edit with edit access, turns structure errors into Exceptions, and marks the file changed. */
  _edit<T>(change: (model: DocModel) => T): T {
    const model = this._handle.edit();
    let result: T;
    try {
      result = change(model);
    } catch (error) {
      if (error instanceof ModelError) throw exception(error.detail);
      throw error;
    }
    this._handle.saved();
    return result;
  }

  _wrap<T>(node: object): T {
    return this._env.wrap(this._handle, node) as T;
  }

  _parentNode(model: DocModel): object | null {
    if (this._handle.detachedRoot === this._node) return null;
    const location = model.locate(this._node);
    if (!location) return null;
    return location.layout.parents.get(this._node) ?? null;
  }

  _siblings(model: DocModel): readonly object[] {
    const parent = this._parentNode(model);
    if (!parent) return [];
    if ('content' in parent) return (parent as { content: object[] }).content.filter((node) => !('sectionBreak' in node));
    if ('tableCells' in parent) return (parent as { tableCells: object[] }).tableCells;
    if ('table' in parent) return (parent as { table: { tableRows: object[] } }).table.tableRows;
    if ('paragraph' in parent) return (parent as { paragraph: { elements: object[] } }).paragraph.elements;
    return [];
  }

  getType(): ScriptEnumValue {
    return ElementType[this._elementType()];
  }

  getParent(): unknown {
    const parent = this._parentNode(this._handle.read());
    return parent ? this._wrap(parent) : null;
  }

  getNextSibling(): unknown {
    const siblings = this._siblings(this._handle.read());
    const next = siblings[siblings.indexOf(this._node) + 1];
    return next ? this._wrap(next) : null;
  }

  getPreviousSibling(): unknown {
    const siblings = this._siblings(this._handle.read());
    const index = siblings.indexOf(this._node);
    const previous = index > 0 ? siblings[index - 1] : undefined;
    return previous ? this._wrap(previous) : null;
  }

  _cast(type: ElementTypeName): this {
    if (this._elementType() !== type) throw exception(`Cannot cast ${this._elementType()} to ${type}.`);
    return this;
  }

  asParagraph(): this {
    return this._cast('PARAGRAPH');
  }

  asTable(): this {
    return this._cast('TABLE');
  }

  asTableRow(): this {
    return this._cast('TABLE_ROW');
  }

  asTableCell(): this {
    return this._cast('TABLE_CELL');
  }

  asText(): this {
    return this._cast('TEXT');
  }

  asInlineImage(): this {
    return this._cast('INLINE_IMAGE');
  }

  asBody(): this {
    return this._cast('BODY_SECTION');
  }

  asHeaderSection(): this {
    return this._cast('HEADER_SECTION');
  }

  asFooterSection(): this {
    return this._cast('FOOTER_SECTION');
  }
}

instrumentCalls(ElementBase.prototype);
