import { MIME } from '../../context';
import { exception, MESSAGES } from '../../core/errors';
import { requireAccess, requireRole } from '../../drive/access';
import { binaryContent } from '../../drive/contentCodecs';
import type { DriveFile } from '../../drive/types';
import type { BlobData } from '../../runtime/blob';
import { labelClass } from '../../runtime/label';
import { DriveItem } from './driveItem';
import { exportAs } from './exportAs';
import { ItemIterator } from './iterators';
import { folderOf } from './folderLink';

/** DriveApp's File. https://developers.google.com/apps-script/reference/drive/file */
export class FileHandle extends DriveItem {
  getMimeType(): string {
    return this._read().mimeType;
  }

  getSize(): number {
    const file = this._read();
    const content = file.content as { base64?: string } | null;
    return typeof content?.base64 === 'string' ? Buffer.from(content.base64, 'base64').length : 0;
  }

  getParents(): ItemIterator<unknown> {
    const file = this._read();
    return new ItemIterator(file.parents.filter((id) => this._scope.workspace.drive.get(id) !== undefined).map((id) => folderOf(this._scope, id)));
  }

  /** Moves the file into a folder: edit access on the file and on the destination. */
  moveTo(destination: unknown): this {
    const file = this._writable();
    const folder = requireAccess(this._scope.workspace.drive, folderIdOf(destination), this._user, 'read', 'DriveApp');
    requireRole(this._scope.workspace.drive, folder, this._user, 'writer', 'DriveApp');
    file.parents = [folder.id];
    this._changed(file);
    return this;
  }

  /**
   * A copy owned by the running user, in `destination` or beside the original. The copy does not
   * carry the original's sharing or content restrictions.
   */
  makeCopy(nameOrDestination?: unknown, destination?: unknown): FileHandle {
    const file = this._read();
    const drive = this._scope.workspace.drive;
    const name = typeof nameOrDestination === 'string' ? nameOrDestination : `Copy of ${file.name}`;
    const target = typeof nameOrDestination === 'string' ? destination : nameOrDestination;
    let parentId: string;
    if (target !== undefined && target !== null) {
      const folder = requireAccess(drive, folderIdOf(target), this._user, 'read', 'DriveApp');
      requireRole(drive, folder, this._user, 'writer', 'DriveApp');
      parentId = folder.id;
    } else {
      const parent = file.parents[0] === undefined ? undefined : drive.get(file.parents[0]);
      const canUseParent = parent !== undefined && ['writer', 'owner'].includes(drive.roleOf(parent, this._user));
      parentId = canUseParent ? parent.id : drive.rootOf(this._user).id;
    }
    const copy = drive.copy(file, name, this._user, parentId);
    return new FileHandle(this._scope, copy.id);
  }

  getBlob(): BlobData {
    return exportAs(this._read(), null);
  }

  getAs(contentType: string): BlobData {
    return exportAs(this._read(), String(contentType));
  }

  /** Replaces an uploaded file's content with text (not allowed for Google Docs types). */
  setContent(content: string): this {
    const file = requireAccess(this._scope.workspace.drive, this._id, this._user, 'edit', 'DriveApp');
    if (file.mimeType.startsWith('application/vnd.google-apps.')) throw exception(MESSAGES.accessDenied('DriveApp'));
    (file as DriveFile).content = binaryContent(new TextEncoder().encode(String(content)));
    this._scope.workspace.drive.touch(file);
    return this;
  }

  getDownloadUrl(): string {
    return `https://drive.google.com/uc?id=${this._id}&export=download`;
  }

  isGoogleType(): boolean {
    return this._read().mimeType.startsWith('application/vnd.google-apps.') && this._read().mimeType !== MIME.folder;
  }
}
labelClass(FileHandle, 'DriveApp', 'File');

export function folderIdOf(value: unknown): string {
  if (value instanceof DriveItem) return value._fileId();
  throw exception('Invalid argument: destination');
}
