// A DocsPort for unit tests backed by the Workspace emulator's own Docs API and document model
// (in process, no runtime): requests are applied exactly as the integration tests apply them, so
// index arithmetic is tested for real. Documents come from the HTML importer.
import type { AccessNeed, CallCounter, EmulatorContext, StoredFile } from '../../../../scripts/emulators/workspace/context';
import { cloneDocumentData, createDocsApi, renderText, type DocumentData } from '../../../../scripts/emulators/workspace/docs';
import { htmlToDocumentData } from '../../../../scripts/emulators/workspace/docs/import';
import type { DocsDocument, DocsRequest } from '../../../../appsscript/docs/docsTypes';
import type { DocsPort } from '../../../../appsscript/platform/docsPort';

const DOCUMENT = 'application/vnd.google-apps.document';

class Counter implements CallCounter {
  readonly counts = new Map<string, number>();
  count(service: string, operation: string): void {
    for (const key of [`${service}.${operation}`, service]) this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }
  reset(): void {
    this.counts.clear();
  }
}

class MemoryContext implements EmulatorContext {
  readonly calls = new Counter();
  readonly files = new Map<string, StoredFile<DocumentData>>();
  #next = 1;

  activeUser(): string {
    return 'admin@docflow.test';
  }

  now(): Date {
    return new Date('2026-11-29T09:00:00Z');
  }

  openFile<Content>(id: string, _need: AccessNeed, _service: string): StoredFile<Content> {
    const file = this.files.get(id);
    if (file === undefined) throw Object.assign(new Error(`No document ${id}`), { name: 'Exception' });
    return file as unknown as StoredFile<Content>;
  }

  createFile<Content>(init: { name: string; mimeType: string; content: Content }): StoredFile<Content> {
    const file = { id: `doc-${this.#next++}`, name: init.name, mimeType: init.mimeType, content: init.content };
    this.files.set(file.id, file as unknown as StoredFile<DocumentData>);
    return file;
  }

  touch(): void {}
}

export class MemoryDocs implements DocsPort {
  readonly context = new MemoryContext();
  readonly #api = createDocsApi(this.context);
  /** Every batchUpdate, in order: the document and its requests. */
  readonly batches: { documentId: string; requests: readonly DocsRequest[] }[] = [];
  gets = 0;
  /** Throws on the next batchUpdate when set (a Docs failure mid-generation). */
  failNextBatch: Error | null = null;

  /** A Doc made from HTML as Drive's import would make it; returns its id. */
  importHtml(html: string, name = 'Документ'): string {
    return this.context.createFile({ name, mimeType: DOCUMENT, content: htmlToDocumentData(html) }).id;
  }

  copy(documentId: string, name: string): string {
    const source = this.context.openFile<DocumentData>(documentId, 'read', 'test');
    return this.context.createFile({ name, mimeType: DOCUMENT, content: cloneDocumentData(source.content) }).id;
  }

  data(documentId: string): DocumentData {
    return this.context.openFile<DocumentData>(documentId, 'read', 'test').content;
  }

  text(documentId: string): string {
    return renderText(this.data(documentId));
  }

  get(documentId: string): DocsDocument {
    this.gets += 1;
    return this.#api.Documents.get(documentId) as DocsDocument;
  }

  batchUpdate(documentId: string, requests: readonly DocsRequest[]): void {
    const failure = this.failNextBatch;
    if (failure !== null) {
      this.failNextBatch = null;
      throw failure;
    }
    this.batches.push({ documentId, requests });
    if (requests.length > 0) this.#api.Documents.batchUpdate({ requests: [...requests] }, documentId);
  }
}
