import type { AccessNeed } from '../context';
import { exception, MESSAGES } from '../core/errors';
import { atLeast } from './permissions';
import type { DriveStore } from './store';
import type { DriveFile, EffectiveRole } from './types';

const NEED_ROLE: Record<AccessNeed, EffectiveRole> = { read: 'reader', comment: 'commenter', edit: 'writer' };

/**
 * Returns the file if `user` may do `need` with it, else throws what Apps Script throws:
 * - no access at all: DriveApp says "No item with the given ID could be found, or you do not have
 *   permission to access it."; DocumentApp and SpreadsheetApp say "You do not have permission to
 *   access the requested document.";
 * - too low a role, or content locked by contentRestrictions.readOnly (which blocks edits, title
 *   changes and comments for everyone, the owner included, until lifted —
 *   https://developers.google.com/drive/api/guides/limit-sharing): "Access denied: <Service>."
 */
export function requireAccess(drive: DriveStore, id: string, user: string, need: AccessNeed, service: string): DriveFile {
  const file = drive.get(id);
  const role = file === undefined ? 'none' : drive.roleOf(file, user);
  if (file === undefined || role === 'none') {
    throw exception(service === 'DriveApp' ? MESSAGES.driveNotFound : MESSAGES.noDocumentAccess);
  }
  if (!atLeast(role, NEED_ROLE[need])) throw exception(MESSAGES.accessDenied(service));
  if (need !== 'read' && file.contentRestriction?.readOnly === true) throw exception(MESSAGES.accessDenied(service));
  return file;
}

/** For operations gated by role alone (sharing, moving, trashing): content locks do not apply. */
export function requireRole(drive: DriveStore, file: DriveFile, user: string, minimum: EffectiveRole, service: string): void {
  if (!atLeast(drive.roleOf(file, user), minimum)) throw exception(MESSAGES.accessDenied(service));
}
