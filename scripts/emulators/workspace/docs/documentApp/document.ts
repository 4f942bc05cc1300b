// https://developers.google.com/apps-script/reference/document/document

import type { BodyImpl, FooterSectionImpl, HeaderSectionImpl } from './sections';
import { MIME } from '../../context';
import { findNamedRange, allNamedRanges } from '../model/namedRanges';
import { addSegment } from '../model/structureEdits';
import { renderPdfSync } from '../render/renderPdf';
import type { DocumentAppEnv } from './env';
import { exception } from './errors';
import type { FileHandle } from './handle';
import { instrumentCalls } from './instrument';
import { createNamedRange, NamedRangeImpl, RangeBuilderImpl } from './ranges';
import { ScriptObject } from './scriptObject';

export function documentUrl(documentId: string): string {
  return `https://docs.google.com/document/d/${documentId}/edit`;
}

export class DocumentImpl extends ScriptObject {
  constructor(
    env: DocumentAppEnv,
    readonly _handle: FileHandle,
  ) {
    super(env);
  }

  _className(): string {
    return 'Document';
  }

  getId(): string {
    this._handle.read();
    return this._handle.documentId;
  }

  getName(): string {
    return this._handle.file('read').name;
  }

  setName(name: string): this {
    const file = this._handle.file('edit');
    file.name = String(name);
    this._handle.saved();
    return this;
  }

  getUrl(): string {
    this._handle.read();
    return documentUrl(this._handle.documentId);
  }

  getBody(): BodyImpl {
    const model = this._handle.read();
    return this._env.wrap(this._handle, model.data.body) as BodyImpl;
  }

  getHeader(): HeaderSectionImpl | null {
    const model = this._handle.read();
    const id = model.data.documentStyle.defaultHeaderId;
    const header = id ? model.data.headers[id] : undefined;
    return header ? (this._env.wrap(this._handle, header) as HeaderSectionImpl) : null;
  }

  addHeader(): HeaderSectionImpl {
    const model = this._handle.edit();
    if (model.data.documentStyle.defaultHeaderId) throw exception('Document tab already contains a header.');
    const id = addSegment(model, 'header');
    this._handle.saved();
    return this._env.wrap(this._handle, model.data.headers[id] as object) as HeaderSectionImpl;
  }

  getFooter(): FooterSectionImpl | null {
    const model = this._handle.read();
    const id = model.data.documentStyle.defaultFooterId;
    const footer = id ? model.data.footers[id] : undefined;
    return footer ? (this._env.wrap(this._handle, footer) as FooterSectionImpl) : null;
  }

  addFooter(): FooterSectionImpl {
    const model = this._handle.edit();
    if (model.data.documentStyle.defaultFooterId) throw exception('Document tab already contains a footer.');
    const id = addSegment(model, 'footer');
    this._handle.saved();
    return this._env.wrap(this._handle, model.data.footers[id] as object) as FooterSectionImpl;
  }

  newRange(): RangeBuilderImpl {
    this._handle.read();
    return new RangeBuilderImpl(this._env);
  }

  addNamedRange(name: string, range: unknown): NamedRangeImpl {
    return createNamedRange(this._env, this._handle, name, range);
  }

  getNamedRanges(name?: string): NamedRangeImpl[] {
    const model = this._handle.read();
    return allNamedRanges(model.data)
      .filter((range) => name === undefined || range.name === name)
      .map((range) => new NamedRangeImpl(this._env, this._handle, range.namedRangeId));
  }

  getNamedRangeById(id: string): NamedRangeImpl | null {
    const model = this._handle.read();
    return findNamedRange(model.data, id) ? new NamedRangeImpl(this._env, this._handle, id) : null;
  }

  /** The PDF export, as Drive makes it ("application/pdf" is the only conversion a Docs file offers here). */
  getAs(contentType: string): unknown {
    const file = this._handle.file('read');
    if (contentType !== MIME.pdf) throw exception(`Converting from ${MIME.document} to ${contentType} is not supported.`);
    const bytes = renderPdfSync(this._handle.read().data, { title: file.name });
    return this._env.newBlob(bytes, MIME.pdf, `${file.name}.pdf`);
  }

  getBlob(): unknown {
    const file = this._handle.file('read');
    const bytes = renderPdfSync(this._handle.read().data, { title: file.name });
    return this._env.newBlob(bytes, MIME.pdf, `${file.name}.pdf`);
  }

  /** A standalone script has no cursor or selection. */
  getCursor(): null {
    return null;
  }

  getSelection(): null {
    return null;
  }

  /** Saves now; the Document object can no longer be used. */
  saveAndClose(): void {
    this._handle.read();
    this._handle.saved();
    this._handle.close();
  }
}

instrumentCalls(DocumentImpl.prototype);
