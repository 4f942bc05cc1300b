// The contract between the Workspace emulator's runtime (Drive, sharing, users, call counting,
// persistence) and the services built on top of it (DocumentApp, the Docs API, SpreadsheetApp).
// The runtime implements EmulatorContext; each service receives one and never reaches around it.

/** Counts Apps Script service calls, per service and per operation (e.g. "DocumentApp", "Body.replaceText"). */
export interface CallCounter {
  count(service: string, operation: string): void;
  /** Counts keyed "Service.operation", plus a per-service total keyed "Service". */
  snapshot(): Record<string, number>;
  reset(): void;
}

/** What a user may do with a Drive file, in increasing order. */
export type AccessNeed = 'read' | 'comment' | 'edit';

/** One Drive file as the runtime stores it. `content` is owned by the service for its MIME type. */
export interface StoredFile<Content = unknown> {
  readonly id: string;
  name: string;
  readonly mimeType: string;
  content: Content;
}

export interface EmulatorContext {
  readonly calls: CallCounter;
  /** E-mail of the user the current execution runs as (Session.getActiveUser()). */
  activeUser(): string;
  /** The emulated clock (tests move it to simulate dates). */
  now(): Date;
  /**
   * Returns the file after checking that the active user may do `need` with it, or throws the
   * error Apps Script throws (e.g. "Exception: Access denied: DocumentApp." or
   * "Exception: No item with the given ID could be found. (line …)").
   * `edit` also fails while the file has contentRestrictions.readOnly; `comment` fails then too.
   */
  openFile<Content>(id: string, need: AccessNeed, service: string): StoredFile<Content>;
  /** Creates a file owned by the active user in My Drive (or in `parentId`). */
  createFile<Content>(init: { name: string; mimeType: string; content: Content; parentId?: string }): StoredFile<Content>;
  /** Marks a file's content as changed so the runtime persists it. */
  touch(id: string): void;
}

export const MIME = {
  document: 'application/vnd.google-apps.document',
  spreadsheet: 'application/vnd.google-apps.spreadsheet',
  folder: 'application/vnd.google-apps.folder',
  pdf: 'application/pdf',
  png: 'image/png',
} as const;
