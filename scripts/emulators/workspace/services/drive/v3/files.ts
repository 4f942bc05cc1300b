import { MIME } from '../../../context';
import { apiError } from '../../../core/errors';
import { binaryContent } from '../../../drive/contentCodecs';
import { atLeast } from '../../../drive/permissions';
import type { DriveFile } from '../../../drive/types';
import { BlobData, decodeText } from '../../../runtime/blob';
import { htmlToDocumentData } from '../../../docs/import';
import type { ExecutionScope } from '../../../runtime/host/scope';
import { labelClass } from '../../../runtime/label';
import { fileFor, insufficient, requireUnlocked } from './access';
import { select } from './fields';
import { parseQuery } from './query';
import { fileResource } from './resources';

const DEFAULT_FIELDS = 'kind,id,name,mimeType';

interface FileInput {
  name?: string;
  mimeType?: string;
  description?: string;
  trashed?: boolean;
  parents?: string[];
  contentRestrictions?: { readOnly?: boolean; reason?: string; ownerRestricted?: boolean }[];
}

/**
 * Drive v3 files (advanced service `Drive.Files`): get, update (name, description, trashed,
 * contentRestrictions, addParents/removeParents, new content), create, copy, list, remove.
 * https://developers.google.com/drive/api/reference/rest/v3/files
 */
export class FilesResource {
  readonly #scope: ExecutionScope;

  constructor(scope: ExecutionScope) {
    this.#scope = scope;
  }

  get #user(): string {
    return this.#scope.identity.effectiveUser;
  }

  get(fileId: string, optionalArgs: Record<string, unknown> = {}): unknown {
    const { file } = fileFor(this.#scope, 'drive.files.get', fileId, 'reader');
    return this.#view(file, optionalArgs['fields']);
  }

  update(resource: FileInput | null, fileId: string, mediaData?: unknown, optionalArgs: Record<string, unknown> = {}): unknown {
    const api = 'drive.files.update';
    const drive = this.#scope.workspace.drive;
    const { file, role } = fileFor(this.#scope, api, fileId, 'reader');
    const input = resource ?? {};
    if (input.contentRestrictions !== undefined) this.#restrict(api, file, role, input.contentRestrictions);
    const contentChange = input.name !== undefined || mediaData instanceof BlobData;
    if (contentChange || input.description !== undefined || optionalArgs['addParents'] !== undefined) {
      if (!atLeast(role, 'writer')) throw insufficient(api);
    }
    if (contentChange) requireUnlocked(api, file);
    if (input.name !== undefined) file.name = String(input.name);
    if (input.description !== undefined) file.description = String(input.description);
    if (mediaData instanceof BlobData) {
      if (file.mimeType.startsWith('application/vnd.google-apps.')) throw apiError(api, 400, 'badContent', 'Uploading content to a Google Docs type is not supported by the emulator.');
      file.content = binaryContent(mediaData.bytes);
    }
    if (input.trashed !== undefined) {
      if (role !== 'owner') throw insufficient(api);
      file.trashed = input.trashed;
    }
    this.#moveParents(api, file, optionalArgs);
    drive.touch(file, mediaData instanceof BlobData);
    return this.#view(file, optionalArgs['fields']);
  }

  create(resource: FileInput, mediaData?: unknown, optionalArgs: Record<string, unknown> = {}): unknown {
    const api = 'drive.files.create';
    const drive = this.#scope.workspace.drive;
    const parentId = resource.parents?.[0] ?? drive.rootOf(this.#user).id;
    fileFor(this.#scope, api, parentId, 'writer');
    const mimeType = resource.mimeType ?? (mediaData instanceof BlobData ? (mediaData.contentType ?? 'application/octet-stream') : 'application/octet-stream');
    // Drive's HTML → Google Docs import (added for Docflow's Setup; the converter is docs/import/):
    // a text/html upload created with a Google Docs mimeType is converted, as Drive does.
    // https://developers.google.com/drive/api/guides/manage-uploads#import-docs
    if (mimeType === MIME.document && mediaData instanceof BlobData && (mediaData.contentType ?? '').toLowerCase().startsWith('text/html')) {
      const file = drive.create({ name: resource.name ?? mediaData.name ?? 'Untitled', mimeType, content: htmlToDocumentData(decodeText(mediaData.bytes)), owner: this.#user, parentId });
      if (resource.description !== undefined) file.description = resource.description;
      return this.#view(file, optionalArgs['fields']);
    }
    if (mimeType !== MIME.folder && mimeType.startsWith('application/vnd.google-apps.')) {
      throw apiError(api, 400, 'badRequest', `Creating ${mimeType} through Drive.Files.create is not supported by the emulator; use DocumentApp or SpreadsheetApp.`);
    }
    const content = mimeType === MIME.folder ? null : binaryContent(mediaData instanceof BlobData ? mediaData.bytes : new Uint8Array());
    const name = resource.name ?? (mediaData instanceof BlobData ? (mediaData.name ?? 'Untitled') : 'Untitled');
    const file = drive.create({ name, mimeType, content, owner: this.#user, parentId });
    if (resource.description !== undefined) file.description = resource.description;
    return this.#view(file, optionalArgs['fields']);
  }

  copy(resource: FileInput | null, fileId: string, optionalArgs: Record<string, unknown> = {}): unknown {
    const api = 'drive.files.copy';
    const drive = this.#scope.workspace.drive;
    const { file } = fileFor(this.#scope, api, fileId, 'reader');
    const parentId = resource?.parents?.[0];
    if (parentId !== undefined) fileFor(this.#scope, api, parentId, 'writer');
    const copy = drive.copy(file, resource?.name ?? `Copy of ${file.name}`, this.#user, parentId ?? drive.rootOf(this.#user).id);
    return this.#view(copy, optionalArgs['fields']);
  }

  list(optionalArgs: Record<string, unknown> = {}): unknown {
    const api = 'drive.files.list';
    const q = typeof optionalArgs['q'] === 'string' ? optionalArgs['q'] : '';
    const matches = parseQuery(q);
    if (matches === undefined) throw apiError(api, 400, 'invalid', 'Invalid Value');
    const drive = this.#scope.workspace.drive;
    const files = drive
      .all()
      .filter((f) => !f.id.startsWith('root-') && drive.roleOf(f, this.#user) !== 'none')
      .filter((f) => (/trashed\s*=/i.test(q) ? true : !f.trashed))
      .filter(matches)
      .map((f) => fileResource(drive, f, this.#user));
    return select({ kind: 'drive#fileList', incompleteSearch: false, files }, optionalArgs['fields'], `kind,incompleteSearch,files(${DEFAULT_FIELDS})`);
  }

  /** Deletes permanently (the REST `delete`); only the owner may. */
  remove(fileId: string): void {
    const api = 'drive.files.delete';
    const { file, role } = fileFor(this.#scope, api, fileId, 'reader');
    if (role !== 'owner') throw insufficient(api);
    file.trashed = true;
    file.parents = [];
    this.#scope.workspace.drive.touch(file, false);
  }

  #view(file: DriveFile, fields: unknown): unknown {
    return select(fileResource(this.#scope.workspace.drive, file, this.#user), fields, DEFAULT_FIELDS);
  }

  /**
   * Setting or lifting a content restriction needs the writer role; while the current restriction
   * is ownerRestricted, and to set ownerRestricted, the caller must own the file.
   * https://developers.google.com/drive/api/guides/limit-sharing
   */
  #restrict(api: string, file: DriveFile, role: string, restrictions: NonNullable<FileInput['contentRestrictions']>): void {
    if (!atLeast(role as 'writer', 'writer')) throw insufficient(api);
    const isOwner = role === 'owner';
    if (file.contentRestriction?.ownerRestricted === true && !isOwner) throw insufficient(api);
    const wanted = restrictions[0] ?? { readOnly: false };
    if (wanted.ownerRestricted === true && !isOwner) throw insufficient(api);
    if (wanted.readOnly === true) {
      file.contentRestriction = {
        readOnly: true,
        ownerRestricted: wanted.ownerRestricted === true,
        reason: wanted.reason ?? '',
        restrictingUser: this.#user,
        restrictionTime: this.#scope.workspace.now().toISOString(),
      };
    } else {
      file.contentRestriction = null;
    }
  }

  #moveParents(api: string, file: DriveFile, optionalArgs: Record<string, unknown>): void {
    const add = typeof optionalArgs['addParents'] === 'string' ? optionalArgs['addParents'].split(',').filter(Boolean) : [];
    const remove = typeof optionalArgs['removeParents'] === 'string' ? optionalArgs['removeParents'].split(',').filter(Boolean) : [];
    for (const id of add) fileFor(this.#scope, api, id, 'writer');
    file.parents = [...new Set([...file.parents.filter((p) => !remove.includes(p)), ...add])];
  }
}
labelClass(FilesResource, 'Drive', 'Files');
