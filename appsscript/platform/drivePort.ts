/** Drive, as Docflow uses it. The Apps Script implementation is appsDrive.ts (Drive API v3 advanced service). */
export type ShareRole = 'reader' | 'commenter' | 'writer';

export interface DrivePort {
  /** A folder called `name` directly inside `parentId` (not trashed), or null. */
  findFolder(parentId: string, name: string): string | null;
  /** Creates a folder; `parentId` null means the user's My Drive. Returns its id. */
  createFolder(name: string, parentId: string | null): string;
  /** Does this folder exist, untrashed, for the running user? */
  isFolder(folderId: string): boolean;
  /** Uploads HTML and lets Drive convert it into a Google Doc in `parentId`. Returns the Doc's id. */
  importHtmlAsDocument(html: string, name: string, parentId: string): string;
  /** Copies a file (a template) into a folder under a new name. Returns the copy's id. */
  copyFile(fileId: string, name: string, parentId: string): string;
  moveFile(fileId: string, toFolderId: string, fromFolderId: string): void;
  trashFile(fileId: string): void;
  /** Grants a person a role on a file or folder, without an e-mail notification. */
  share(fileId: string, email: string, role: ShareRole): void;
}

/** The address a person opens a Google Doc at. */
export function documentUrl(documentId: string): string {
  return `https://docs.google.com/document/d/${documentId}/edit`;
}
