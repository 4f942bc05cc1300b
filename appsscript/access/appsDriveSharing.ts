import type { AccessOperation, DriveAccessSnapshot, DrivePermission, DrivePermissionType, DriveRole } from '../../shared/lifecycle';
import { driveService } from '../platform/apps/advancedServices';
import type { DriveSharingPort } from './driveSharingPort';

const PERMISSION_FIELDS = 'nextPageToken,permissions(id,type,role,emailAddress,allowFileDiscovery)';
const ROLES: readonly DriveRole[] = ['owner', 'organizer', 'fileOrganizer', 'writer', 'commenter', 'reader'];
const TYPES: readonly DrivePermissionType[] = ['user', 'group', 'domain', 'anyone'];

/**
 * DriveSharingPort over the Drive API v3 advanced service.
 * https://developers.google.com/drive/api/reference/rest/v3/permissions
 * https://developers.google.com/drive/api/guides/file-locking (contentRestrictions: set with
 * readOnly true, lifted with readOnly false; only the owner may set or lift ownerRestricted).
 */
export const appsDriveSharing: DriveSharingPort = {
  snapshot(fileId) {
    const permissions: DrivePermission[] = [];
    let pageToken: string | undefined;
    do {
      const page = driveService().Permissions.list(fileId, { fields: PERMISSION_FIELDS, pageSize: 100, ...(pageToken ? { pageToken } : {}) });
      for (const permission of page.permissions ?? []) permissions.push(toPermission(permission));
      pageToken = page.nextPageToken ?? undefined;
    } while (pageToken);
    const file = driveService().Files.get(fileId, { fields: 'contentRestrictions' });
    const restriction = file.contentRestrictions?.[0];
    const contentRestriction: DriveAccessSnapshot['contentRestriction'] = {
      readOnly: restriction?.readOnly === true,
      ownerRestricted: restriction?.ownerRestricted === true,
      ...(restriction?.reason ? { reason: restriction.reason } : {}),
    };
    return { permissions, contentRestriction };
  },
  execute(fileId, operation) {
    run(fileId, operation);
  },
  title(fileId) {
    return driveService().Files.get(fileId, { fields: 'name' }).name ?? '';
  },
  rename(fileId, title) {
    driveService().Files.update({ name: title }, fileId);
  },
};

function run(fileId: string, operation: AccessOperation): void {
  const drive = driveService();
  switch (operation.op) {
    case 'remove_permission':
      drive.Permissions.remove(fileId, operation.permissionId);
      return;
    case 'update_permission':
      drive.Permissions.update({ role: operation.to }, fileId, operation.permissionId);
      return;
    case 'add_permission':
      if (operation.type === 'user') {
        // The lifecycle sends its own notifications; Drive's share e-mail would be a second one.
        drive.Permissions.create({ type: 'user', role: operation.role, emailAddress: operation.email }, fileId, { sendNotificationEmail: false });
      } else {
        drive.Permissions.create({ type: 'anyone', role: operation.role, allowFileDiscovery: false }, fileId);
      }
      return;
    case 'set_content_restriction':
      drive.Files.update(
        { contentRestrictions: [{ readOnly: true, ownerRestricted: operation.ownerRestricted, reason: operation.reason }] },
        fileId,
      );
      return;
    case 'clear_content_restriction':
      drive.Files.update({ contentRestrictions: [{ readOnly: false }] }, fileId);
      return;
  }
}

function toPermission(permission: GoogleAppsScript.Drive_v3.Drive.V3.Schema.Permission): DrivePermission {
  const type = TYPES.find((candidate) => candidate === permission.type) ?? 'domain';
  const role = ROLES.find((candidate) => candidate === permission.role) ?? 'reader';
  return {
    id: permission.id ?? '',
    type,
    role,
    ...(permission.emailAddress ? { email: permission.emailAddress } : {}),
    ...(permission.allowFileDiscovery !== undefined && permission.allowFileDiscovery !== null ? { allowFileDiscovery: permission.allowFileDiscovery } : {}),
  };
}
