// The Drive model the runtime stores. Roles follow Drive v3:
// https://developers.google.com/drive/api/guides/ref-roles

export type Role = 'reader' | 'commenter' | 'writer';
export type EffectiveRole = Role | 'owner' | 'none';

export const ROLE_RANK: Record<EffectiveRole, number> = { none: 0, reader: 1, commenter: 2, writer: 3, owner: 4 };

/** A permission granted to one user (the owner is kept apart, in `owner`). */
export interface UserPermission {
  id: string;
  email: string;
  role: Role;
}

/** General access: "anyone with the link" (or anyone, discoverable), or the users of a domain. */
export interface GeneralAccess {
  type: 'anyone' | 'domain';
  role: Role;
  allowFileDiscovery: boolean;
  domain?: string;
}

/**
 * Drive content restriction. readOnly blocks title and content edits, new revisions and comments;
 * with ownerRestricted only the owner can change or lift it. It is not an access restriction.
 * https://developers.google.com/drive/api/guides/limit-sharing (Protect file content)
 */
export interface ContentRestriction {
  readOnly: boolean;
  ownerRestricted: boolean;
  reason: string;
  restrictingUser: string;
  restrictionTime: string;
}

export interface DriveComment {
  id: string;
  author: string;
  content: string;
  createdTime: string;
}

export interface DriveFile<Content = unknown> {
  readonly id: string;
  name: string;
  readonly mimeType: string;
  content: Content;
  parents: string[];
  owner: string;
  createdTime: string;
  modifiedTime: string;
  trashed: boolean;
  description: string;
  permissions: UserPermission[];
  general: GeneralAccess | null;
  contentRestriction: ContentRestriction | null;
  comments: DriveComment[];
}
