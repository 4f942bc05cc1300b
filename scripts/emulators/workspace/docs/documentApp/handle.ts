// How a DocumentApp object reaches its document. A FileHandle goes through the runtime for every
// call, so sharing and content locks apply at the moment of the call (a document locked after it
// was opened refuses the next edit); a ScratchHandle holds a detached element made by copy().

import { MIME, type EmulatorContext } from '../../context';
import { DocModel } from '../model/docModel';
import type { DocumentData } from '../model/types';
import { exception } from './errors';

const SERVICE = 'DocumentApp';

export interface DocHandle {
  /** The Drive file id, or null for a detached element. */
  readonly documentId: string | null;
  /** The node a detached element was copied to; it has no parent. */
  readonly detachedRoot: object | null;
  read(): DocModel;
  /** Checks edit access; call `saved()` after the change. */
  edit(): DocModel;
  saved(): void;
}

export class FileHandle implements DocHandle {
  readonly detachedRoot = null;
  private closed = false;

  constructor(
    private readonly ctx: EmulatorContext,
    readonly documentId: string,
  ) {}

  private open(need: 'read' | 'edit'): DocModel {
    if (this.closed) throw exception('Document is closed, its contents cannot be updated.');
    const file = this.ctx.openFile<DocumentData>(this.documentId, need, SERVICE);
    if (file.mimeType !== MIME.document) {
      throw exception("Document is missing (perhaps it was deleted, or you don't have read access?)");
    }
    return DocModel.of(file.content);
  }

  read(): DocModel {
    return this.open('read');
  }

  edit(): DocModel {
    return this.open('edit');
  }

  saved(): void {
    this.ctx.touch(this.documentId);
  }

  /** The file record (name, id) after a read check. */
  file(need: 'read' | 'edit') {
    if (this.closed) throw exception('Document is closed, its contents cannot be updated.');
    return this.ctx.openFile<DocumentData>(this.documentId, need, SERVICE);
  }

  close(): void {
    this.closed = true;
  }
}

export class ScratchHandle implements DocHandle {
  readonly documentId = null;

  constructor(
    private readonly model: DocModel,
    readonly detachedRoot: object,
  ) {}

  read(): DocModel {
    return this.model;
  }

  edit(): DocModel {
    return this.model;
  }

  saved(): void {}
}
