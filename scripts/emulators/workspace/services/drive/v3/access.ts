import { apiError } from '../../../core/errors';
import { atLeast } from '../../../drive/permissions';
import type { DriveFile, EffectiveRole } from '../../../drive/types';
import type { ExecutionScope } from '../../../runtime/host/scope';

// Drive v3 errors as the advanced service reports them ("API call to drive.files.get failed with
// error: File not found: <id>."). A file the user cannot see is "not found", as in the REST API.
// https://developers.google.com/drive/api/guides/handle-errors

export function notFound(api: string, fileId: string): Error {
  return apiError(api, 404, 'notFound', `File not found: ${fileId}.`);
}

export function insufficient(api: string): Error {
  return apiError(api, 403, 'insufficientFilePermissions', 'The user does not have sufficient permissions for this file.');
}

/** The file with the caller's role, after checking the caller holds at least `minimum`. */
export function fileFor(scope: ExecutionScope, api: string, fileId: unknown, minimum: EffectiveRole): { file: DriveFile; role: EffectiveRole } {
  const id = String(fileId);
  const drive = scope.workspace.drive;
  const file = drive.get(id);
  const role = file === undefined ? 'none' : drive.roleOf(file, scope.identity.effectiveUser);
  if (file === undefined || role === 'none') throw notFound(api, id);
  if (!atLeast(role, minimum)) throw insufficient(api);
  return { file, role };
}

/** Content edits, renames and comments are refused while the file has a read-only content restriction. */
export function requireUnlocked(api: string, file: DriveFile): void {
  if (file.contentRestriction?.readOnly === true) {
    throw apiError(api, 403, 'insufficientFilePermissions', 'The user does not have sufficient permissions for this file.');
  }
}
