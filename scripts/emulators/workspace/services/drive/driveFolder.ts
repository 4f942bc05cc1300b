import { MIME } from '../../context';
import { exception } from '../../core/errors';
import { requireAccess, requireRole } from '../../drive/access';
import { binaryContent } from '../../drive/contentCodecs';
import type { DriveFile } from '../../drive/types';
import { BlobData } from '../../runtime/blob';
import type { ExecutionScope } from '../../runtime/host/scope';
import { labelClass } from '../../runtime/label';
import { DriveItem } from './driveItem';
import { FileHandle, folderIdOf } from './driveFile';
import { registerFolderFactory } from './folderLink';
import { ItemIterator } from './iterators';

/** Creates an uploaded file from a Blob or from (name, content, mimeType). */
export function createBinaryFile(scope: ExecutionScope, parentId: string, args: unknown[]): FileHandle {
  const [first, content, mimeType] = args;
  let blob: BlobData;
  if (first instanceof BlobData) blob = first;
  else {
    if (typeof first !== 'string') throw exception('Invalid argument: name');
    blob = new BlobData(new TextEncoder().encode(String(content ?? '')), typeof mimeType === 'string' ? mimeType : 'text/plain', first);
  }
  if (blob.contentType !== null && blob.contentType.startsWith('application/vnd.google-apps.')) {
    throw exception(`Invalid argument: file.contentType`);
  }
  const file = scope.workspace.drive.create({
    name: blob.name ?? 'Untitled',
    mimeType: blob.contentType ?? 'application/octet-stream',
    content: binaryContent(blob.bytes),
    owner: scope.identity.effectiveUser,
    parentId,
  });
  return new FileHandle(scope, file.id);
}

/** Items visible to the user in a folder, or anywhere in Drive. */
export function visibleItems(scope: ExecutionScope, folderId: string | null, folders: boolean, name?: string): DriveFile[] {
  const drive = scope.workspace.drive;
  const pool = folderId === null ? drive.all() : drive.childrenOf(folderId);
  return pool.filter(
    (f) =>
      !f.trashed &&
      (f.mimeType === MIME.folder) === folders &&
      !f.id.startsWith('root-') &&
      (name === undefined || f.name === name) &&
      drive.roleOf(f, scope.identity.effectiveUser) !== 'none',
  );
}

/** DriveApp's Folder. https://developers.google.com/apps-script/reference/drive/folder */
export class FolderHandle extends DriveItem {
  #writableFolder(): DriveFile {
    const folder = this._read();
    requireRole(this._scope.workspace.drive, folder, this._user, 'writer', 'DriveApp');
    return folder;
  }

  createFile(...args: unknown[]): FileHandle {
    return createBinaryFile(this._scope, this.#writableFolder().id, args);
  }

  createFolder(name: string): FolderHandle {
    const parent = this.#writableFolder();
    const folder = this._scope.workspace.drive.create({ name: String(name), mimeType: MIME.folder, content: null, owner: this._user, parentId: parent.id });
    return new FolderHandle(this._scope, folder.id);
  }

  getFiles(): ItemIterator<FileHandle> {
    this._read();
    return new ItemIterator(visibleItems(this._scope, this._id, false).map((f) => new FileHandle(this._scope, f.id)));
  }

  getFolders(): ItemIterator<FolderHandle> {
    this._read();
    return new ItemIterator(visibleItems(this._scope, this._id, true).map((f) => new FolderHandle(this._scope, f.id)));
  }

  getFilesByName(name: string): ItemIterator<FileHandle> {
    this._read();
    return new ItemIterator(visibleItems(this._scope, this._id, false, String(name)).map((f) => new FileHandle(this._scope, f.id)));
  }

  getFoldersByName(name: string): ItemIterator<FolderHandle> {
    this._read();
    return new ItemIterator(visibleItems(this._scope, this._id, true, String(name)).map((f) => new FolderHandle(this._scope, f.id)));
  }

  getFilesByType(mimeType: string): ItemIterator<FileHandle> {
    this._read();
    return new ItemIterator(
      visibleItems(this._scope, this._id, false)
        .filter((f) => f.mimeType === mimeType)
        .map((f) => new FileHandle(this._scope, f.id)),
    );
  }

  getParents(): ItemIterator<FolderHandle> {
    const folder = this._read();
    return new ItemIterator(folder.parents.map((id) => new FolderHandle(this._scope, id)));
  }

  moveTo(destination: unknown): this {
    const folder = this._writable();
    const target = requireAccess(this._scope.workspace.drive, folderIdOf(destination), this._user, 'read', 'DriveApp');
    requireRole(this._scope.workspace.drive, target, this._user, 'writer', 'DriveApp');
    folder.parents = [target.id];
    this._changed(folder);
    return this;
  }
}
labelClass(FolderHandle, 'DriveApp', 'Folder');
registerFolderFactory((scope, id) => new FolderHandle(scope, id));
