import { userPermissionId } from '../core/ids';
import type { DriveFile, GeneralAccess, Role } from './types';

/** Drive gives a user the same permission id on every file. */
export function newUserPermissionId(email: string): string {
  return userPermissionId(email);
}

export function grantUser(file: DriveFile, email: string, role: Role): void {
  const existing = file.permissions.find((p) => p.email.toLowerCase() === email.toLowerCase());
  if (existing !== undefined) existing.role = role;
  else file.permissions.push({ id: newUserPermissionId(email), email, role });
}

/** Removes a user's direct permission; returns whether there was one. */
export function revokeUser(file: DriveFile, email: string): boolean {
  const before = file.permissions.length;
  file.permissions = file.permissions.filter((p) => p.email.toLowerCase() !== email.toLowerCase());
  return file.permissions.length !== before;
}

export function setGeneral(file: DriveFile, general: GeneralAccess | null): void {
  file.general = general;
}

export function isOwner(file: DriveFile, email: string): boolean {
  return file.owner.toLowerCase() === email.toLowerCase();
}
