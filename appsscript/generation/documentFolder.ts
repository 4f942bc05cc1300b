import type { DrivePort } from '../platform/drivePort';

/** A folder by name inside a parent, made when missing. */
export function folderIn(drive: DrivePort, parentId: string, name: string): string {
  return drive.findFolder(parentId, name) ?? drive.createFolder(name, parentId);
}

/**
 * Documents/<year>/<client>: where a deal's documents go. The client folder is named after the
 * company as Bitrix24 calls it; a renamed company gets a new folder from then on. Slashes are
 * allowed in Drive names, so the title is used as is (trimmed; an empty one becomes «Без клиента»).
 */
export function clientFolder(drive: DrivePort, documentsFolderId: string, year: number, clientName: string): string {
  const yearFolder = folderIn(drive, documentsFolderId, String(year));
  const name = clientName.trim() === '' ? 'Без клиента' : clientName.trim();
  return folderIn(drive, yearFolder, name);
}
