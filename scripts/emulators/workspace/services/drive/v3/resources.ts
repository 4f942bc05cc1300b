import { userPermissionId } from '../../../core/ids';
import { atLeast } from '../../../drive/permissions';
import type { DriveStore } from '../../../drive/store';
import { permissionList } from '../../../drive/summary';
import type { DriveComment, DriveFile } from '../../../drive/types';
import { driveUrl } from '../urls';

/** A Drive v3 User resource. */
export function userResource(email: string, me: string): Record<string, unknown> {
  return {
    kind: 'drive#user',
    displayName: email.split('@')[0] ?? email,
    emailAddress: email,
    me: email.toLowerCase() === me.toLowerCase(),
    permissionId: userPermissionId(email),
  };
}

export function permissionResource(p: ReturnType<typeof permissionList>[number]): Record<string, unknown> {
  return { kind: 'drive#permission', deleted: false, ...p };
}

/** A Drive v3 File resource as `user` sees it (permissions only for users who can share). */
export function fileResource(drive: DriveStore, file: DriveFile, user: string): Record<string, unknown> {
  const role = drive.roleOf(file, user);
  const locked = file.contentRestriction?.readOnly === true;
  const isOwner = role === 'owner';
  const canModifyRestriction = atLeast(role, 'writer') && (file.contentRestriction?.ownerRestricted !== true || isOwner);
  const resource: Record<string, unknown> = {
    kind: 'drive#file',
    id: file.id,
    name: file.name,
    mimeType: file.mimeType,
    description: file.description === '' ? undefined : file.description,
    parents: [...file.parents],
    trashed: file.trashed,
    createdTime: file.createdTime,
    modifiedTime: file.modifiedTime,
    webViewLink: driveUrl(file.id, file.mimeType),
    owners: [userResource(file.owner, user)],
    ownedByMe: isOwner,
    shared: file.permissions.length > 0 || file.general !== null,
    capabilities: {
      canEdit: atLeast(role, 'writer') && !locked,
      canComment: atLeast(role, 'commenter') && !locked,
      canShare: atLeast(role, 'writer'),
      canRename: atLeast(role, 'writer') && !locked,
      canModifyContent: atLeast(role, 'writer') && !locked,
      canModifyContentRestriction: canModifyRestriction,
      canModifyEditorContentRestriction: atLeast(role, 'writer') && file.contentRestriction?.ownerRestricted !== true,
      canModifyOwnerContentRestriction: isOwner,
      canRemoveContentRestriction: locked && canModifyRestriction,
      canTrash: isOwner,
      canCopy: atLeast(role, 'reader'),
      canDownload: atLeast(role, 'reader'),
    },
  };
  if (file.contentRestriction !== null) {
    const r = file.contentRestriction;
    resource['contentRestrictions'] = [
      {
        readOnly: r.readOnly,
        ownerRestricted: r.ownerRestricted,
        reason: r.reason,
        type: 'globalContentRestriction',
        restrictingUser: userResource(r.restrictingUser, user),
        restrictionTime: r.restrictionTime,
        systemRestricted: false,
      },
    ];
  }
  if (atLeast(role, 'writer')) resource['permissions'] = permissionList(file).map(permissionResource);
  return resource;
}

export function commentResource(comment: DriveComment, user: string): Record<string, unknown> {
  return {
    kind: 'drive#comment',
    id: comment.id,
    content: comment.content,
    htmlContent: comment.content,
    createdTime: comment.createdTime,
    modifiedTime: comment.createdTime,
    author: userResource(comment.author, user),
    deleted: false,
    resolved: false,
    replies: [],
  };
}
