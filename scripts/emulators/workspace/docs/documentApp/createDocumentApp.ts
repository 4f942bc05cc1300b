// The global DocumentApp of the emulated Apps Script runtime.
// https://developers.google.com/apps-script/reference/document/document-app

import { MIME, type EmulatorContext } from '../../context';
import { newDocumentData } from '../model/newDocument';
import type { DocumentData } from '../model/types';
import { newEmulatedBlob, type NewBlob } from './blob';
import { DocumentImpl } from './document';
import { Attribute, ElementType, HorizontalAlignment, ParagraphHeading } from './enums';
import { SERVICE, type DocumentAppEnv } from './env';
import { exception } from './errors';
import { FileHandle, type DocHandle } from './handle';
import { InlineImageImpl } from './inlineImage';
import { ParagraphImpl } from './paragraph';
import { BodyImpl, FooterSectionImpl, HeaderSectionImpl } from './sections';
import { TableImpl } from './table';
import { TableCellImpl } from './tableCell';
import { TableRowImpl } from './tableRow';

export interface DocumentAppOptions {
  /** The document a container-bound script is bound to (getActiveDocument), or null for a standalone script. */
  readonly activeDocumentId?: () => string | null;
  /** The runtime's Blob factory (Utilities.newBlob); a minimal Blob is used without one. */
  readonly newBlob?: NewBlob;
  /** DocumentApp.getUi(); without it the call fails as it does outside a document's UI. */
  readonly getUi?: () => unknown;
}

function wrapNode(env: DocumentAppEnv, handle: DocHandle, node: object): unknown {
  if ('paragraph' in node) return new ParagraphImpl(env, handle, node);
  if ('table' in node) return new TableImpl(env, handle, node);
  if ('tableCells' in node) return new TableRowImpl(env, handle, node);
  if ('inlineObjectElement' in node) return new InlineImageImpl(env, handle, node);
  if ('headerId' in node) return new HeaderSectionImpl(env, handle, node);
  if ('footerId' in node) return new FooterSectionImpl(env, handle, node);
  if (handle.read().data.body === node) return new BodyImpl(env, handle, node);
  if ('content' in node) return new TableCellImpl(env, handle, node);
  throw exception('Unsupported element.');
}

/** Pulls the id out of a Docs URL: https://docs.google.com/document/d/<id>/edit */
function idFromUrl(url: string): string | undefined {
  return /\/document\/d\/([A-Za-z0-9_-]+)/.exec(url)?.[1];
}

export function createDocumentApp(ctx: EmulatorContext, options: DocumentAppOptions = {}) {
  const env: DocumentAppEnv = {
    ctx,
    newBlob: options.newBlob ?? newEmulatedBlob,
    wrap: (handle, node) => wrapNode(env, handle, node),
  };

  const open = (documentId: string): DocumentImpl => {
    const handle = new FileHandle(ctx, String(documentId));
    handle.read();
    return new DocumentImpl(env, handle);
  };

  const count = (method: string): void => ctx.calls.count(SERVICE, `DocumentApp.${method}`);

  return {
    openById(id: string): DocumentImpl {
      count('openById');
      return open(id);
    },

    openByUrl(url: string): DocumentImpl {
      count('openByUrl');
      const id = idFromUrl(String(url));
      if (!id) throw exception('Invalid argument: url');
      return open(id);
    },

    create(name: string): DocumentImpl {
      count('create');
      const file = ctx.createFile<DocumentData>({ name: String(name), mimeType: MIME.document, content: newDocumentData() });
      return open(file.id);
    },

    getActiveDocument(): DocumentImpl | null {
      count('getActiveDocument');
      const id = options.activeDocumentId?.() ?? null;
      return id === null ? null : open(id);
    },

    getUi(): unknown {
      count('getUi');
      if (!options.getUi) throw exception('Cannot call DocumentApp.getUi() from this context.');
      return options.getUi();
    },

    ParagraphHeading,
    HorizontalAlignment,
    ElementType,
    Attribute,
  };
}

export type EmulatedDocumentApp = ReturnType<typeof createDocumentApp>;
