// The Docs API advanced service ("Docs" in Apps Script), with the advanced-service call shapes:
// Docs.Documents.get(documentId), Docs.Documents.batchUpdate(resource, documentId),
// Docs.Documents.create(resource). Each call is one service call, however many requests a batch
// carries — that is what batching buys.
// https://developers.google.com/docs/api/reference/rest/v1/documents

import { MIME, type EmulatorContext } from '../../context';
import { toApiDocument } from '../model/apiView';
import { DocModel } from '../model/docModel';
import { newDocumentData } from '../model/newDocument';
import type { DocumentData } from '../model/types';
import { GoogleJsonResponseException, InvalidRequest } from './apiError';
import { applyBatch, UnknownRequest } from './batchUpdate';
import type { FetchImage } from './imageRequests';
import { isJson } from './requestFields';

const SERVICE = 'Docs';

export interface DocsApiOptions {
  /** Bytes of an image URI other than data: (insertInlineImage); the runtime may fetch it synchronously. */
  readonly fetchImage?: FetchImage;
}

export interface DocsApi {
  readonly Documents: {
    get(documentId: string, optionalArgs?: Record<string, unknown>): Record<string, unknown>;
    batchUpdate(resource: { requests?: unknown[]; writeControl?: unknown }, documentId: string): Record<string, unknown>;
    create(resource: { title?: string }): Record<string, unknown>;
  };
}

export function createDocsApi(ctx: EmulatorContext, options: DocsApiOptions = {}): DocsApi {
  const open = (documentId: string, need: 'read' | 'edit') => {
    const file = ctx.openFile<DocumentData>(String(documentId), need, SERVICE);
    if (file.mimeType !== MIME.document) {
      throw new GoogleJsonResponseException(
        need === 'read' ? 'get' : 'batchUpdate',
        400,
        'This operation is not supported for this document',
      );
    }
    return file;
  };

  return {
    Documents: {
      get(documentId) {
        ctx.calls.count(SERVICE, 'Documents.get');
        const file = open(documentId, 'read');
        return toApiDocument(DocModel.of(file.content), file.id, file.name);
      },

      batchUpdate(resource, documentId) {
        ctx.calls.count(SERVICE, 'Documents.batchUpdate');
        const file = open(documentId, 'edit');
        const model = DocModel.of(file.content);
        const requests = isJson(resource) && Array.isArray(resource.requests) ? resource.requests : [];
        const required = isJson(resource) && isJson(resource.writeControl) ? resource.writeControl['requiredRevisionId'] : undefined;
        if (typeof required === 'string' && required !== `rev${model.data.revision}`) {
          throw new GoogleJsonResponseException(
            'batchUpdate',
            400,
            `The required revision ID ${required} does not match the latest revision.`,
          );
        }
        let replies: Record<string, unknown>[];
        try {
          replies = applyBatch(model, requests, options.fetchImage);
        } catch (error) {
          if (error instanceof InvalidRequest || error instanceof UnknownRequest) {
            throw new GoogleJsonResponseException('batchUpdate', 400, error.message);
          }
          throw error;
        }
        if (requests.length > 0) ctx.touch(file.id);
        return {
          documentId: file.id,
          replies,
          writeControl: { requiredRevisionId: `rev${model.data.revision}` },
        };
      },

      create(resource) {
        ctx.calls.count(SERVICE, 'Documents.create');
        const title = isJson(resource) && typeof resource.title === 'string' ? resource.title : 'Untitled document';
        const file = ctx.createFile<DocumentData>({ name: title, mimeType: MIME.document, content: newDocumentData() });
        return toApiDocument(DocModel.of(file.content), file.id, file.name);
      },
    },
  };
}
