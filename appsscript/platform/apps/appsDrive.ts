import type { DrivePort } from '../drivePort';
import { driveService } from './advancedServices';

const FOLDER = 'application/vnd.google-apps.folder';
const DOCUMENT = 'application/vnd.google-apps.document';

/** A string literal inside a Drive query: `\` and `'` escaped (https://developers.google.com/drive/api/guides/ref-search-terms). */
function quoted(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function idOf(file: { id?: string }, what: string): string {
  if (file.id === undefined || file.id === '') throw new Error(`Drive returned no id for ${what}`);
  return file.id;
}

/** DrivePort over the Drive API v3 advanced service: each method is one service call, moveFile three. */
export const appsDrive: DrivePort = {
  findFolder(parentId, name) {
    const q = `name = ${quoted(name)} and ${quoted(parentId)} in parents and mimeType = '${FOLDER}' and trashed = false`;
    const list = driveService().Files.list({ q, fields: 'files(id)', pageSize: 10 });
    return list.files?.[0]?.id ?? null;
  },
  createFolder(name, parentId) {
    const resource = parentId === null ? { name, mimeType: FOLDER } : { name, mimeType: FOLDER, parents: [parentId] };
    return idOf(driveService().Files.create(resource), `folder ${name}`);
  },
  isFolder(folderId) {
    try {
      const file = driveService().Files.get(folderId, { fields: 'id,mimeType,trashed' });
      return file.mimeType === FOLDER && file.trashed !== true;
    } catch {
      return false;
    }
  },
  importHtmlAsDocument(html, name, parentId) {
    // Drive converts the upload because the target mimeType is a Google Docs type.
    // https://developers.google.com/drive/api/guides/manage-uploads#import-docs
    const blob = Utilities.newBlob(html, 'text/html', `${name}.html`);
    return idOf(driveService().Files.create({ name, mimeType: DOCUMENT, parents: [parentId] }, blob, { fields: 'id' }), name);
  },
  copyFile(fileId, name, parentId) {
    return idOf(driveService().Files.copy({ name, parents: [parentId] }, fileId, { fields: 'id' }), name);
  },
  moveFile(fileId, toFolderId) {
    DriveApp.getFileById(fileId).moveTo(DriveApp.getFolderById(toFolderId));
  },
  trashFile(fileId) {
    driveService().Files.update({ trashed: true }, fileId);
  },
  share(fileId, email, role) {
    driveService().Permissions.create({ type: 'user', role, emailAddress: email }, fileId, { sendNotificationEmail: false });
  },
};
