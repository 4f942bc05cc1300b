// The documents half of the emulator (docs/: the document model, DocumentApp, the Docs API and the
// renderers) wired into the runtime: persistence codec, per-execution services, renderers.
import { execFileSync } from 'node:child_process';
import type { ContentCodec } from './drive/contentCodecs';
import { MIME } from './context';
import { cloneDocumentData, createDocsApi, createDocumentApp, parseDocumentData, renderHtml, renderPdfSync, renderText, type DocumentData } from './docs/index';
import { BlobData } from './runtime/blob';
import type { ExecutionScope } from './runtime/host/scope';
import { requireUiContext, UiHandle } from './services/ui';

export const documentCodec: ContentCodec<DocumentData> = {
  toJSON: (content) => content,
  fromJSON: (json) => {
    const parsed = parseDocumentData(json);
    if (parsed.status === 'error') throw new Error(`Stored document is unreadable: ${parsed.detail}`);
    return parsed.response;
  },
  clone: (content) => cloneDocumentData(content),
};

/**
 * Bytes of an image URL for Docs insertInlineImage, fetched synchronously in a child process.
 * (The main thread is blocked meanwhile: an image served by this same process cannot be fetched.)
 */
function fetchImageSync(uri: string): Uint8Array | undefined {
  const program =
    'fetch(process.argv[1]).then(async (r) => { if (!r.ok) process.exit(2); process.stdout.write(Buffer.from(await r.arrayBuffer())); }, () => process.exit(3));';
  try {
    return new Uint8Array(execFileSync(process.execPath, ['-e', program, uri], { timeout: 30_000, maxBuffer: 50 * 1024 * 1024 }));
  } catch {
    return undefined;
  }
}

/** DocumentApp and the Docs advanced service for one execution. */
export function documentServices(scope: ExecutionScope): { DocumentApp: object; Docs: object } {
  return {
    DocumentApp: createDocumentApp(scope, {
      activeDocumentId: () => {
        const id = scope.identity.containerId;
        return id !== null && scope.workspace.drive.get(id)?.mimeType === MIME.document ? id : null;
      },
      newBlob: (bytes, contentType, name) => new BlobData(bytes, contentType, name),
      getUi: () => {
        requireUiContext(scope, 'DocumentApp', MIME.document);
        return scope.root('DocumentApp.Ui', () => new UiHandle(scope));
      },
    }),
    Docs: createDocsApi(scope, { fetchImage: fetchImageSync }),
  };
}

export const renderDocument = {
  text: (content: unknown): string => renderText(content as DocumentData),
  html: (content: unknown, title?: string): string => renderHtml(content as DocumentData, title === undefined ? {} : { title }),
  pdf: (content: unknown): Uint8Array => renderPdfSync(content as DocumentData),
};
