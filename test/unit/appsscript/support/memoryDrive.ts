import type { DrivePort, ShareRole } from '../../../../appsscript/platform/drivePort';
import type { MemoryDocs } from './memoryDocs';

interface Item {
  id: string;
  name: string;
  parent: string | null;
  folder: boolean;
  trashed: boolean;
}

/** A DrivePort in memory: folders and files by id; Google Docs live in the MemoryDocs beside it. */
export class MemoryDrive implements DrivePort {
  readonly items = new Map<string, Item>();
  readonly shares: { fileId: string; email: string; role: ShareRole }[] = [];
  readonly calls: string[] = [];
  #next = 1;

  constructor(readonly docs: MemoryDocs) {}

  #add(item: Omit<Item, 'trashed'>): string {
    this.items.set(item.id, { ...item, trashed: false });
    return item.id;
  }

  findFolder(parentId: string, name: string): string | null {
    this.calls.push('findFolder');
    for (const item of this.items.values()) if (item.folder && !item.trashed && item.parent === parentId && item.name === name) return item.id;
    return null;
  }

  createFolder(name: string, parentId: string | null): string {
    this.calls.push('createFolder');
    return this.#add({ id: `folder-${this.#next++}`, name, parent: parentId, folder: true });
  }

  isFolder(folderId: string): boolean {
    this.calls.push('isFolder');
    const item = this.items.get(folderId);
    return item !== undefined && item.folder && !item.trashed;
  }

  importHtmlAsDocument(html: string, name: string, parentId: string): string {
    this.calls.push('importHtmlAsDocument');
    return this.#add({ id: this.docs.importHtml(html, name), name, parent: parentId, folder: false });
  }

  copyFile(fileId: string, name: string, parentId: string): string {
    this.calls.push('copyFile');
    return this.#add({ id: this.docs.copy(fileId, name), name, parent: parentId, folder: false });
  }

  moveFile(fileId: string, toFolderId: string): void {
    this.calls.push('moveFile');
    const item = this.items.get(fileId);
    if (item !== undefined) item.parent = toFolderId;
  }

  trashFile(fileId: string): void {
    this.calls.push('trashFile');
    const item = this.items.get(fileId);
    if (item !== undefined) item.trashed = true;
  }

  share(fileId: string, email: string, role: ShareRole): void {
    this.calls.push('share');
    this.shares.push({ fileId, email, role });
  }

  /** Untrashed documents (not folders). */
  liveDocuments(): Item[] {
    return [...this.items.values()].filter((item) => !item.folder && !item.trashed);
  }

  pathOf(id: string): string {
    const names: string[] = [];
    let item = this.items.get(id);
    while (item !== undefined) {
      names.unshift(item.name);
      item = item.parent === null ? undefined : this.items.get(item.parent);
    }
    return names.join('/');
  }
}
