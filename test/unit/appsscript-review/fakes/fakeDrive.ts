import type { AccessOperation, DriveAccessSnapshot, DrivePermission, DriveRole } from '../../../../shared/lifecycle';
import type { DriveSharingPort } from '../../../../appsscript/access/driveSharingPort';

interface FakeFile {
  owner: string;
  title: string;
  permissions: DrivePermission[];
  restriction: { readOnly: boolean; ownerRestricted: boolean; reason?: string };
}

/**
 * Drive sharing in memory, as Drive v3 reports it: the owner's permission first, user
 * permissions with e-mails, "anyone" as id anyoneWithLink. `forbidLinks` makes an `anyone`
 * permission fail as a domain that forbids sharing outside it does (reason publishOutNotPermitted).
 * Renaming under a read-only restriction fails, as Drive does.
 */
export class FakeDrive implements DriveSharingPort {
  readonly files = new Map<string, FakeFile>();
  readonly operations: { fileId: string; operation: AccessOperation }[] = [];
  forbidLinks = false;
  private nextId = 1;

  addFile(id: string, owner: string, title: string): void {
    this.files.set(id, { owner, title, permissions: [{ id: `p-owner-${id}`, type: 'user', role: 'owner', email: owner }], restriction: { readOnly: false, ownerRestricted: false } });
  }

  snapshot(fileId: string): DriveAccessSnapshot {
    const file = this.file(fileId);
    return { permissions: file.permissions.map((p) => ({ ...p })), contentRestriction: { ...file.restriction } };
  }

  execute(fileId: string, operation: AccessOperation): void {
    const file = this.file(fileId);
    this.operations.push({ fileId, operation });
    switch (operation.op) {
      case 'remove_permission':
        file.permissions = file.permissions.filter((p) => p.id !== operation.permissionId);
        return;
      case 'update_permission':
        file.permissions = file.permissions.map((p) => (p.id === operation.permissionId ? { ...p, role: operation.to } : p));
        return;
      case 'add_permission':
        if (operation.type === 'anyone') {
          if (this.forbidLinks) {
            throw Object.assign(new Error('API call to drive.permissions.create failed with error: The user does not have permission to share this item outside the domain.'), {
              name: 'GoogleJsonResponseException',
              details: { code: 403, errors: [{ domain: 'global', reason: 'publishOutNotPermitted' }] },
            });
          }
          file.permissions.push({ id: 'anyoneWithLink', type: 'anyone', role: operation.role, allowFileDiscovery: false });
        } else {
          file.permissions.push({ id: `p${this.nextId++}`, type: 'user', role: operation.role, email: operation.email });
        }
        return;
      case 'set_content_restriction':
        file.restriction = { readOnly: true, ownerRestricted: operation.ownerRestricted, reason: operation.reason };
        return;
      case 'clear_content_restriction':
        file.restriction = { readOnly: false, ownerRestricted: false };
        return;
    }
  }

  title(fileId: string): string {
    return this.file(fileId).title;
  }

  rename(fileId: string, title: string): void {
    const file = this.file(fileId);
    if (file.restriction.readOnly) throw new Error('API call to drive.files.update failed with error: The user does not have sufficient permissions for this file.');
    file.title = title;
  }

  /** The role a person holds by a direct permission (the owner's is "owner"). */
  roleOf(fileId: string, email: string): DriveRole | undefined {
    return this.file(fileId).permissions.find((p) => p.type === 'user' && p.email === email)?.role;
  }

  linkRole(fileId: string): DriveRole | undefined {
    return this.file(fileId).permissions.find((p) => p.type === 'anyone')?.role;
  }

  restriction(fileId: string): FakeFile['restriction'] {
    return this.file(fileId).restriction;
  }

  private file(fileId: string): FakeFile {
    const file = this.files.get(fileId);
    if (file === undefined) throw new Error(`API call to drive.files.get failed with error: File not found: ${fileId}.`);
    return file;
  }
}
