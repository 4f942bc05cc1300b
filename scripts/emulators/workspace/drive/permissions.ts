import type { DriveFile, EffectiveRole, GeneralAccess, Role } from './types';
import { ROLE_RANK } from './types';

export function maxRole(a: EffectiveRole, b: EffectiveRole): EffectiveRole {
  return ROLE_RANK[a] >= ROLE_RANK[b] ? a : b;
}

export function atLeast(role: EffectiveRole, need: EffectiveRole): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[need];
}

export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

function generalRoleFor(general: GeneralAccess | null, email: string): EffectiveRole {
  if (general === null) return 'none';
  if (general.type === 'anyone') return general.role;
  return emailDomain(email) === general.domain ? general.role : 'none';
}

/**
 * The role a user holds on a file: ownership, a direct grant, general access ("anyone with the
 * link" counts because a script that has the id has the link), or a grant inherited from a parent
 * folder — items in a shared folder are shared with the folder's users.
 * https://developers.google.com/drive/api/guides/manage-sharing#permission-propagation
 */
export function effectiveRole(file: DriveFile, email: string, parentOf: (id: string) => DriveFile | undefined): EffectiveRole {
  const normalized = email.toLowerCase();
  let role: EffectiveRole = 'none';
  const seen = new Set<string>();
  const queue: DriveFile[] = [file];
  while (queue.length > 0) {
    const item = queue.shift() as DriveFile;
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    if (item.owner.toLowerCase() === normalized) role = maxRole(role, item === file ? 'owner' : 'writer');
    for (const p of item.permissions) if (p.email.toLowerCase() === normalized) role = maxRole(role, p.role);
    role = maxRole(role, generalRoleFor(item.general, normalized));
    for (const parentId of item.parents) {
      const parent = parentOf(parentId);
      if (parent !== undefined) queue.push(parent);
    }
  }
  return role;
}

export function userRole(file: DriveFile, email: string): Role | undefined {
  return file.permissions.find((p) => p.email.toLowerCase() === email.toLowerCase())?.role;
}
