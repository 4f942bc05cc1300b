/**
 * A typed snapshot of a file's sharing as Drive reports it (permissions.list with
 * id,type,role,emailAddress,allowFileDiscovery; files.get contentRestrictions), and the
 * operations that change it. Adapters map Drive's fields onto these and back.
 * https://developers.google.com/drive/api/reference/rest/v3/permissions
 */
export type DriveRole = 'owner' | 'organizer' | 'fileOrganizer' | 'writer' | 'commenter' | 'reader';

export type DrivePermissionType = 'user' | 'group' | 'domain' | 'anyone';

export interface DrivePermission {
  /** Drive's permission id: what update and delete address. */
  readonly id: string;
  readonly type: DrivePermissionType;
  readonly role: DriveRole;
  /** For `user` and `group` (Drive's `emailAddress`). */
  readonly email?: string;
  /** For `anyone` and `domain`: true means findable by search, not only by the link. */
  readonly allowFileDiscovery?: boolean;
}

export interface DriveContentRestriction {
  readonly readOnly: boolean;
  readonly ownerRestricted: boolean;
  readonly reason?: string;
}

export interface DriveAccessSnapshot {
  readonly permissions: readonly DrivePermission[];
  /** Drive's `contentRestrictions[0]`, or `{ readOnly: false, ownerRestricted: false }` when absent. */
  readonly contentRestriction: DriveContentRestriction;
}

/** The people a document's policy row speaks about. */
export interface DocumentPeople {
  /** The file owner (the add-on's account): its permission is never changed. */
  readonly owner: string;
  readonly manager: string;
  readonly approvers: readonly string[];
}

/**
 * One change to make. Order matters only in that the plan closes access before it grants any.
 * Adapters should create user permissions with sendNotificationEmail=false: the lifecycle sends
 * its own notifications.
 */
export type AccessOperation =
  | {
      readonly op: 'remove_permission';
      readonly permissionId: string;
      readonly type: DrivePermissionType;
      readonly role: DriveRole;
      readonly email?: string;
    }
  | {
      readonly op: 'update_permission';
      readonly permissionId: string;
      readonly type: 'user' | 'anyone';
      readonly email?: string;
      readonly from: DriveRole;
      readonly to: DriveRole;
    }
  | { readonly op: 'add_permission'; readonly type: 'user'; readonly email: string; readonly role: DriveRole }
  | { readonly op: 'add_permission'; readonly type: 'anyone'; readonly role: DriveRole; readonly allowFileDiscovery: false }
  /** Overwrites whatever restriction exists (Drive keeps one). */
  | { readonly op: 'set_content_restriction'; readonly readOnly: true; readonly ownerRestricted: boolean; readonly reason: string }
  | { readonly op: 'clear_content_restriction' };
