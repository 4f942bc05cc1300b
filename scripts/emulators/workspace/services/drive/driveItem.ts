import { exception, MESSAGES } from '../../core/errors';
import { requireAccess, requireRole } from '../../drive/access';
import { emailDomain } from '../../drive/permissions';
import { grantUser, revokeUser, setGeneral } from '../../drive/sharing';
import type { DriveFile, Role } from '../../drive/types';
import type { ExecutionScope } from '../../runtime/host/scope';
import { ACCESS, PERMISSION } from './enums';
import { DriveUser } from './driveUser';
import { driveUrl } from './urls';

const SERVICE = 'DriveApp';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function emailOf(user: unknown): string {
  const email = typeof user === 'string' ? user : user instanceof DriveUser ? user.getEmail() : String(user);
  if (!EMAIL.test(email)) throw exception(`Invalid argument: ${email}`);
  return email;
}

const ROLE_FOR: Record<string, Role | undefined> = { VIEW: 'reader', COMMENT: 'commenter', EDIT: 'writer' };

/**
 * What File and Folder share: identity, name, owner, sharing. Sharing changes need edit access
 * (a content lock does not block them: it is not an access restriction); renaming needs edit access
 * and is blocked by contentRestrictions.readOnly.
 * https://developers.google.com/apps-script/reference/drive/file
 */
export abstract class DriveItem {
  protected readonly _scope: ExecutionScope;
  protected readonly _id: string;

  constructor(scope: ExecutionScope, id: string) {
    this._scope = scope;
    this._id = id;
  }

  _fileId(): string {
    return this._id;
  }

  protected get _user(): string {
    return this._scope.identity.effectiveUser;
  }

  protected _read(): DriveFile {
    return requireAccess(this._scope.workspace.drive, this._id, this._user, 'read', SERVICE);
  }

  /** The item after checking the user may change its sharing or location. */
  protected _writable(): DriveFile {
    const file = this._read();
    requireRole(this._scope.workspace.drive, file, this._user, 'writer', SERVICE);
    return file;
  }

  protected _changed(file: DriveFile): void {
    this._scope.workspace.drive.touch(file, false);
  }

  getId(): string {
    return this._id;
  }

  getName(): string {
    return this._read().name;
  }

  setName(name: string): this {
    const file = requireAccess(this._scope.workspace.drive, this._id, this._user, 'edit', SERVICE);
    file.name = String(name);
    this._changed(file);
    return this;
  }

  getUrl(): string {
    const file = this._read();
    return driveUrl(file.id, file.mimeType);
  }

  getDescription(): string | null {
    return this._read().description || null;
  }

  setDescription(description: string): this {
    const file = this._writable();
    file.description = String(description);
    this._changed(file);
    return this;
  }

  getDateCreated(): Date {
    return new Date(this._read().createdTime);
  }

  getLastUpdated(): Date {
    return new Date(this._read().modifiedTime);
  }

  getOwner(): DriveUser {
    return new DriveUser(this._read().owner);
  }

  isTrashed(): boolean {
    return this._read().trashed;
  }

  /** Only the owner can trash an item in My Drive. */
  setTrashed(trashed: boolean): this {
    const file = this._read();
    if (file.owner.toLowerCase() !== this._user.toLowerCase()) throw exception(MESSAGES.accessDenied(SERVICE));
    file.trashed = Boolean(trashed);
    this._changed(file);
    return this;
  }

  addEditor(user: unknown): this {
    return this.#grant([user], 'writer');
  }

  addEditors(users: unknown[]): this {
    return this.#grant(users, 'writer');
  }

  /** "If the user was already on the list of editors, this method has no effect." */
  addViewer(user: unknown): this {
    return this.#grant([user], 'reader');
  }

  addViewers(users: unknown[]): this {
    return this.#grant(users, 'reader');
  }

  addCommenter(user: unknown): this {
    return this.#grant([user], 'commenter');
  }

  addCommenters(users: unknown[]): this {
    return this.#grant(users, 'commenter');
  }

  removeEditor(user: unknown): this {
    return this.#revoke(user, ['writer']);
  }

  removeViewer(user: unknown): this {
    return this.#revoke(user, ['reader', 'commenter']);
  }

  removeCommenter(user: unknown): this {
    return this.#revoke(user, ['commenter']);
  }

  /** Editors (without the owner); empty when the running user cannot edit the item. */
  getEditors(): DriveUser[] {
    return this.#listed(['writer']);
  }

  /** Viewers and commenters; empty when the running user cannot edit the item. */
  getViewers(): DriveUser[] {
    return this.#listed(['reader', 'commenter']);
  }

  getSharingAccess(): string {
    const general = this._read().general;
    if (general === null) return ACCESS.PRIVATE;
    if (general.type === 'anyone') return general.allowFileDiscovery ? ACCESS.ANYONE : ACCESS.ANYONE_WITH_LINK;
    return general.allowFileDiscovery ? ACCESS.DOMAIN : ACCESS.DOMAIN_WITH_LINK;
  }

  getSharingPermission(): string {
    const general = this._read().general;
    if (general === null) return PERMISSION.NONE;
    return { reader: PERMISSION.VIEW, commenter: PERMISSION.COMMENT, writer: PERMISSION.EDIT }[general.role];
  }

  /**
   * setSharing(Access, Permission). A domain policy that forbids sharing outside it makes
   * ANYONE/ANYONE_WITH_LINK fail with "Access denied: DriveApp."
   */
  setSharing(accessType: string, permissionType: string): this {
    const file = this._writable();
    const access = String(accessType);
    const role = ROLE_FOR[String(permissionType)];
    if (!(access in ACCESS)) throw exception(`Invalid argument: accessType`);
    if (access === ACCESS.PRIVATE || role === undefined) setGeneral(file, null);
    else if (access === ACCESS.ANYONE || access === ACCESS.ANYONE_WITH_LINK) {
      if (!this._scope.workspace.domain.allowAnyoneWithLink) throw exception(MESSAGES.accessDenied(SERVICE));
      setGeneral(file, { type: 'anyone', role, allowFileDiscovery: access === ACCESS.ANYONE });
    } else {
      setGeneral(file, { type: 'domain', role, allowFileDiscovery: access === ACCESS.DOMAIN, domain: emailDomain(this._user) });
    }
    this._changed(file);
    return this;
  }

  /** The permission a user holds (File.getAccess). */
  getAccess(user: unknown): string {
    const file = this._read();
    const role = this._scope.workspace.drive.roleOf(file, emailOf(user));
    return { owner: PERMISSION.OWNER, writer: PERMISSION.EDIT, commenter: PERMISSION.COMMENT, reader: PERMISSION.VIEW, none: PERMISSION.NONE }[role];
  }

  #grant(users: unknown[], role: Role): this {
    const file = this._writable();
    for (const user of users) {
      const email = emailOf(user);
      if (file.owner.toLowerCase() === email.toLowerCase()) continue;
      const current = file.permissions.find((p) => p.email.toLowerCase() === email.toLowerCase())?.role;
      if (current === 'writer' && role !== 'writer') continue;
      if (current === 'commenter' && role === 'reader') continue;
      grantUser(file, email, role);
    }
    this._changed(file);
    return this;
  }

  #revoke(user: unknown, roles: Role[]): this {
    const file = this._writable();
    const email = emailOf(user);
    const current = file.permissions.find((p) => p.email.toLowerCase() === email.toLowerCase())?.role;
    if (current !== undefined && roles.includes(current)) revokeUser(file, email);
    this._changed(file);
    return this;
  }

  #listed(roles: Role[]): DriveUser[] {
    const file = this._read();
    const role = this._scope.workspace.drive.roleOf(file, this._user);
    if (role !== 'writer' && role !== 'owner') return [];
    return file.permissions.filter((p) => roles.includes(p.role)).map((p) => new DriveUser(p.email));
  }
}
