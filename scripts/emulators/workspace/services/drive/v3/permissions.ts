import { apiError } from '../../../core/errors';
import { emailDomain } from '../../../drive/permissions';
import { grantUser } from '../../../drive/sharing';
import { permissionList } from '../../../drive/summary';
import type { DriveFile, Role } from '../../../drive/types';
import type { ExecutionScope } from '../../../runtime/host/scope';
import { labelClass } from '../../../runtime/label';
import { fileFor } from './access';
import { select } from './fields';
import { permissionResource } from './resources';

const DEFAULT_FIELDS = 'kind,id,type,role';
const ROLES: Role[] = ['reader', 'commenter', 'writer'];

interface PermissionInput {
  role?: string;
  type?: string;
  emailAddress?: string;
  domain?: string;
  allowFileDiscovery?: boolean;
}

/**
 * Drive v3 permissions (advanced service `Drive.Permissions`): create, get, list, update, remove.
 * Sharing needs the writer role; a content restriction does not block it.
 * https://developers.google.com/drive/api/reference/rest/v3/permissions
 */
export class PermissionsResource {
  readonly #scope: ExecutionScope;

  constructor(scope: ExecutionScope) {
    this.#scope = scope;
  }

  create(resource: PermissionInput, fileId: string, optionalArgs: Record<string, unknown> = {}): unknown {
    const api = 'drive.permissions.create';
    const { file } = fileFor(this.#scope, api, fileId, 'writer');
    const type = resource.type ?? 'user';
    const role = resource.role ?? '';
    if (role === 'owner') return this.#transfer(api, file, resource, optionalArgs);
    if (!ROLES.includes(role as Role)) throw apiError(api, 400, 'invalid', `The provided value for the role field is not valid: ${role}.`);
    let id: string;
    if (type === 'user' || type === 'group') {
      const email = resource.emailAddress ?? '';
      if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw apiError(api, 400, 'invalidSharingRequest', 'Bad Request. User message: "The email address is not valid."');
      grantUser(file, email, role as Role);
      id = permissionList(file).find((p) => p.emailAddress?.toLowerCase() === email.toLowerCase())?.id ?? '';
    } else if (type === 'anyone') {
      if (!this.#scope.workspace.domain.allowAnyoneWithLink) {
        throw apiError(api, 403, 'publishOutNotPermitted', 'The user does not have permission to share this item outside the domain.');
      }
      file.general = { type: 'anyone', role: role as Role, allowFileDiscovery: resource.allowFileDiscovery === true };
      id = file.general.allowFileDiscovery ? 'anyone' : 'anyoneWithLink';
    } else if (type === 'domain') {
      const domain = resource.domain ?? emailDomain(this.#scope.identity.effectiveUser);
      file.general = { type: 'domain', role: role as Role, allowFileDiscovery: resource.allowFileDiscovery === true, domain };
      id = `domain-${domain}`;
    } else {
      throw apiError(api, 400, 'invalid', `The provided value for the type field is not valid: ${type}.`);
    }
    this.#scope.workspace.drive.touch(file, false);
    return this.#one(file, id, optionalArgs['fields']);
  }

  get(fileId: string, permissionId: string, optionalArgs: Record<string, unknown> = {}): unknown {
    const { file } = fileFor(this.#scope, 'drive.permissions.get', fileId, 'reader');
    return this.#one(file, String(permissionId), optionalArgs['fields'], 'drive.permissions.get');
  }

  list(fileId: string, optionalArgs: Record<string, unknown> = {}): unknown {
    const { file } = fileFor(this.#scope, 'drive.permissions.list', fileId, 'reader');
    const list = { kind: 'drive#permissionList', permissions: permissionList(file).map(permissionResource) };
    return select(list, optionalArgs['fields'], `kind,permissions(${DEFAULT_FIELDS})`);
  }

  update(resource: PermissionInput, fileId: string, permissionId: string, optionalArgs: Record<string, unknown> = {}): unknown {
    const api = 'drive.permissions.update';
    const { file } = fileFor(this.#scope, api, fileId, 'writer');
    const role = resource.role ?? '';
    if (!ROLES.includes(role as Role)) throw apiError(api, 400, 'invalid', `The provided value for the role field is not valid: ${role}.`);
    const id = String(permissionId);
    const user = file.permissions.find((p) => p.id === id);
    if (user !== undefined) user.role = role as Role;
    else if (file.general !== null && this.#generalId(file) === id) file.general.role = role as Role;
    else if (permissionList(file)[0]?.id === id) throw apiError(api, 403, 'insufficientFilePermissions', 'The owner of a file cannot be changed with this request.');
    else throw apiError(api, 404, 'notFound', `Permission not found: ${id}.`);
    this.#scope.workspace.drive.touch(file, false);
    return this.#one(file, id, optionalArgs['fields']);
  }

  /** Apps Script names the REST method `delete` as `remove`; both are accepted. */
  remove(fileId: string, permissionId: string): void {
    const api = 'drive.permissions.delete';
    const { file } = fileFor(this.#scope, api, fileId, 'writer');
    const id = String(permissionId);
    if (file.permissions.some((p) => p.id === id)) file.permissions = file.permissions.filter((p) => p.id !== id);
    else if (file.general !== null && this.#generalId(file) === id) file.general = null;
    else throw apiError(api, 404, 'notFound', `Permission not found: ${id}.`);
    this.#scope.workspace.drive.touch(file, false);
  }

  delete(fileId: string, permissionId: string): void {
    this.remove(fileId, permissionId);
  }

  #generalId(file: DriveFile): string | undefined {
    return permissionList(file).find((p) => p.type === 'anyone' || p.type === 'domain')?.id;
  }

  #one(file: DriveFile, id: string, fields: unknown, api = 'drive.permissions.create'): unknown {
    const permission = permissionList(file).find((p) => p.id === id);
    if (permission === undefined) throw apiError(api, 404, 'notFound', `Permission not found: ${id}.`);
    return select(permissionResource(permission), fields, DEFAULT_FIELDS);
  }

  /** role=owner with transferOwnership=true: only the owner may; the old owner becomes a writer. */
  #transfer(api: string, file: DriveFile, resource: PermissionInput, optionalArgs: Record<string, unknown>): unknown {
    if (optionalArgs['transferOwnership'] !== true) {
      throw apiError(api, 403, 'consentRequiredForOwnershipTransfer', 'The transferOwnership parameter must be enabled when the permission role is \'owner\'.');
    }
    if (file.owner.toLowerCase() !== this.#scope.identity.effectiveUser.toLowerCase()) {
      throw apiError(api, 403, 'insufficientFilePermissions', 'The user does not have sufficient permissions for this file.');
    }
    const newOwner = resource.emailAddress ?? '';
    const previous = file.owner;
    file.permissions = file.permissions.filter((p) => p.email.toLowerCase() !== newOwner.toLowerCase());
    file.owner = newOwner;
    grantUser(file, previous, 'writer');
    this.#scope.workspace.drive.touch(file, false);
    return this.#one(file, permissionList(file)[0]?.id ?? '', optionalArgs['fields']);
  }
}
labelClass(PermissionsResource, 'Drive', 'Permissions');
