import { MIME } from '../../context';
import { exception, MESSAGES } from '../../core/errors';
import { requireAccess } from '../../drive/access';
import type { ExecutionScope } from '../../runtime/host/scope';
import { labelClass } from '../../runtime/label';
import { FileHandle } from './driveFile';
import { createBinaryFile, FolderHandle, visibleItems } from './driveFolder';
import { ACCESS, PERMISSION } from './enums';
import { ItemIterator } from './iterators';

/** DriveApp. https://developers.google.com/apps-script/reference/drive/drive-app */
export class DriveAppService {
  readonly Access = ACCESS;
  readonly Permission = PERMISSION;
  readonly #scope: ExecutionScope;

  constructor(scope: ExecutionScope) {
    this.#scope = scope;
  }

  get #user(): string {
    return this.#scope.identity.effectiveUser;
  }

  getFileById(id: string): FileHandle {
    const file = requireAccess(this.#scope.workspace.drive, String(id), this.#user, 'read', 'DriveApp');
    if (file.mimeType === MIME.folder) throw exception(MESSAGES.driveNotFound);
    return new FileHandle(this.#scope, file.id);
  }

  getFolderById(id: string): FolderHandle {
    const folder = requireAccess(this.#scope.workspace.drive, String(id), this.#user, 'read', 'DriveApp');
    if (folder.mimeType !== MIME.folder) throw exception(MESSAGES.driveNotFound);
    return new FolderHandle(this.#scope, folder.id);
  }

  getRootFolder(): FolderHandle {
    return new FolderHandle(this.#scope, this.#scope.workspace.drive.rootOf(this.#user).id);
  }

  createFolder(name: string): FolderHandle {
    const root = this.#scope.workspace.drive.rootOf(this.#user);
    const folder = this.#scope.workspace.drive.create({ name: String(name), mimeType: MIME.folder, content: null, owner: this.#user, parentId: root.id });
    return new FolderHandle(this.#scope, folder.id);
  }

  createFile(...args: unknown[]): FileHandle {
    return createBinaryFile(this.#scope, this.#scope.workspace.drive.rootOf(this.#user).id, args);
  }

  getFiles(): ItemIterator<FileHandle> {
    return new ItemIterator(visibleItems(this.#scope, null, false).map((f) => new FileHandle(this.#scope, f.id)));
  }

  getFolders(): ItemIterator<FolderHandle> {
    return new ItemIterator(visibleItems(this.#scope, null, true).map((f) => new FolderHandle(this.#scope, f.id)));
  }

  getFilesByName(name: string): ItemIterator<FileHandle> {
    return new ItemIterator(visibleItems(this.#scope, null, false, String(name)).map((f) => new FileHandle(this.#scope, f.id)));
  }

  getFoldersByName(name: string): ItemIterator<FolderHandle> {
    return new ItemIterator(visibleItems(this.#scope, null, true, String(name)).map((f) => new FolderHandle(this.#scope, f.id)));
  }

  getFilesByType(mimeType: string): ItemIterator<FileHandle> {
    return new ItemIterator(
      visibleItems(this.#scope, null, false)
        .filter((f) => f.mimeType === mimeType)
        .map((f) => new FileHandle(this.#scope, f.id)),
    );
  }
}
labelClass(DriveAppService, 'DriveApp');
