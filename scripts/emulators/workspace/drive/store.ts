import { MIME } from '../context';
import { newDriveId, rootFolderId } from '../core/ids';
import type { ContentCodecs } from './contentCodecs';
import { effectiveRole } from './permissions';
import type { DriveFile, EffectiveRole } from './types';

export interface NewFile<Content> {
  name: string;
  mimeType: string;
  content: Content;
  owner: string;
  parentId?: string;
  id?: string;
}

/**
 * Every Drive item (files and folders) of every user, with no access checks: services check access
 * through the execution context; tests and the inspection endpoints use the store directly.
 */
export class DriveStore {
  readonly #files = new Map<string, DriveFile>();
  readonly #changed: (fileId: string | null) => void;
  readonly #now: () => Date;
  readonly codecs: ContentCodecs;

  constructor(codecs: ContentCodecs, now: () => Date, changed: (fileId: string | null) => void) {
    this.codecs = codecs;
    this.#now = now;
    this.#changed = changed;
  }

  get(id: string): DriveFile | undefined {
    return this.#files.get(id);
  }

  all(): DriveFile[] {
    return [...this.#files.values()];
  }

  /** The user's "My Drive" folder, created on first use. */
  rootOf(email: string): DriveFile {
    const id = rootFolderId(email);
    const existing = this.#files.get(id);
    if (existing !== undefined) return existing;
    const root = this.#insert({ id, name: 'My Drive', mimeType: MIME.folder, content: null, owner: email }, []);
    return root;
  }

  create<Content>(init: NewFile<Content>): DriveFile<Content> {
    const parents = [init.parentId ?? this.rootOf(init.owner).id];
    return this.#insert(init, parents) as DriveFile<Content>;
  }

  #insert(init: NewFile<unknown>, parents: string[]): DriveFile {
    const time = this.#now().toISOString();
    const file: DriveFile = {
      id: init.id ?? newDriveId(),
      name: init.name,
      mimeType: init.mimeType,
      content: init.content,
      parents,
      owner: init.owner,
      createdTime: time,
      modifiedTime: time,
      trashed: false,
      description: '',
      permissions: [],
      general: null,
      contentRestriction: null,
      comments: [],
    };
    this.#files.set(file.id, file);
    this.#changed(file.id);
    return file;
  }

  /** Restores a file read back from the data folder. */
  restore(file: DriveFile): void {
    this.#files.set(file.id, file);
  }

  /** A copy owned by `owner`: content cloned, sharing and content restrictions not carried over. */
  copy(source: DriveFile, name: string, owner: string, parentId?: string): DriveFile {
    const content = this.codecs.for(source.mimeType).clone(source.content);
    return this.create({ name, mimeType: source.mimeType, content, owner, parentId: parentId ?? source.parents[0] });
  }

  /** Records a change to metadata or content (bumps modifiedTime, schedules persistence). */
  touch(file: DriveFile, contentChanged = true): void {
    file.modifiedTime = this.#now().toISOString();
    this.#changed(contentChanged ? file.id : null);
  }

  roleOf(file: DriveFile, email: string): EffectiveRole {
    return effectiveRole(file, email, (id) => this.#files.get(id));
  }

  childrenOf(folderId: string): DriveFile[] {
    return this.all().filter((f) => f.parents.includes(folderId));
  }
}
