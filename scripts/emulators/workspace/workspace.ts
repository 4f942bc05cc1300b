import { MIME } from './context';
import type { CallCounter } from './context';
import { createCallCounter } from './core/callCounter';
import { createClock, type EmulatedClock } from './core/clock';
import { DataFolder } from './core/persistence';
import { documentCodec } from './documents';
import { ContentCodecs } from './drive/contentCodecs';
import { DriveStore } from './drive/store';
import { summarize, type FileSummary } from './drive/summary';
import type { DriveFile, Role } from './drive/types';
import { newUserPermissionId } from './drive/sharing';
import { spreadsheetCodec } from './sheets/codec';
import { newSpreadsheet, type SpreadsheetContent } from './sheets/model';
import { CacheStores } from './stores/cache';
import { ExecutionLog } from './stores/executionLog';
import { LockTable } from './stores/locks';
import { Outbox, type SentMail } from './stores/outbox';
import { PropertyStores, type PropertiesSnapshot } from './stores/properties';
import { TriggerStore, type TriggerRecord } from './stores/triggers';
import { UiEvents } from './stores/uiEvents';

export interface WorkspaceOptions {
  /** Folder to persist to; without it the workspace lives in memory only. */
  dataDir?: string;
  /** E-mail addresses of the users who exist in the emulated domain. */
  users: string[];
  /** Domain policy: whether files may be shared with "anyone with the link" (default true). */
  domain?: { allowAnyoneWithLink: boolean };
  /** Base clock (default: real time); tests may move the emulated clock on top of it. */
  now?: () => Date;
  /** Script properties set before the first run (kept if the data folder already has them). */
  scriptProperties?: Record<string, string>;
  /** Script time zone when no manifest says otherwise (default Europe/Moscow). */
  timeZone?: string;
}

interface PersistedFile extends Omit<DriveFile, 'content'> {
  hasContent: boolean;
}

interface PersistedState {
  version: 1;
  clockShiftMs: number;
  files: PersistedFile[];
  properties: PropertiesSnapshot;
  triggers: TriggerRecord[];
  mail: SentMail[];
}

/**
 * The emulated Google Workspace: Drive with sharing and content restrictions, properties, caches,
 * locks, triggers, captured mail and UI, call counters; persisted to `dataDir` when given.
 */
export class Workspace {
  readonly users: readonly string[];
  readonly domain: { allowAnyoneWithLink: boolean };
  readonly calls: CallCounter = createCallCounter();
  readonly clock: EmulatedClock;
  readonly drive: DriveStore;
  readonly properties: PropertyStores;
  readonly caches: CacheStores;
  readonly locks = new LockTable();
  readonly triggers: TriggerStore;
  readonly outbox: Outbox;
  readonly ui = new UiEvents();
  readonly executions = new ExecutionLog();
  readonly timeZone: string;
  readonly scriptId = 'emulated-script';
  /** The web app's exec URL once a server serves it (ScriptApp.getService().getUrl()). */
  webAppUrl: string | null = null;

  readonly #data: DataFolder | null;
  readonly #dirtyContent = new Set<string>();
  #dirty = false;
  #timer: NodeJS.Timeout | null = null;

  constructor(options: WorkspaceOptions) {
    this.users = options.users.map((u) => u.toLowerCase());
    this.domain = options.domain ?? { allowAnyoneWithLink: true };
    this.timeZone = options.timeZone ?? 'Europe/Moscow';
    this.#data = options.dataDir === undefined ? null : new DataFolder(options.dataDir);
    const changed = (): void => this.markChanged(null);
    this.clock = createClock(options.now, changed);
    const codecs = new ContentCodecs();
    codecs.register(MIME.spreadsheet, spreadsheetCodec);
    codecs.register(MIME.document, documentCodec);
    this.drive = new DriveStore(codecs, () => this.now(), (id) => this.markChanged(id));
    this.caches = new CacheStores(() => this.now().getTime());

    const saved = this.#data?.readState<PersistedState>();
    this.properties = new PropertyStores(saved?.properties ?? { script: { ...options.scriptProperties }, user: {}, document: {} }, changed);
    this.triggers = new TriggerStore(saved?.triggers ?? [], changed);
    this.outbox = new Outbox(saved?.mail ?? [], changed);
    if (saved !== undefined) this.#restore(saved, codecs);
    this.#dirty = false;
    this.#dirtyContent.clear();
  }

  now(): Date {
    return this.clock.now();
  }

  isUser(email: string): boolean {
    return this.users.includes(email.toLowerCase());
  }

  /** Notes a change; it is written at the end of the execution or shortly after (debounced). */
  markChanged(fileId: string | null): void {
    this.#dirty = true;
    if (fileId !== null) this.#dirtyContent.add(fileId);
    if (this.#data !== null && this.#timer === null) {
      this.#timer = setTimeout(() => this.flush(), 200);
      this.#timer.unref();
    }
  }

  /** Writes pending changes to the data folder now. */
  flush(): void {
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    if (this.#data === null || !this.#dirty) return;
    const files = this.drive.all();
    for (const id of this.#dirtyContent) {
      const file = this.drive.get(id);
      if (file !== undefined && file.content !== null && file.content !== undefined) {
        this.#data.writeContent(id, this.drive.codecs.for(file.mimeType).toJSON(file.content));
      }
    }
    const state: PersistedState = {
      version: 1,
      clockShiftMs: this.clock.shiftMs(),
      files: files.map(({ content, ...meta }) => ({ ...meta, hasContent: content !== null && content !== undefined })),
      properties: this.properties.snapshot(),
      triggers: this.triggers.all(),
      mail: this.outbox.all(),
    };
    this.#data.writeState(state);
    this.#data.pruneContent(new Set(files.filter((f) => f.content !== null && f.content !== undefined).map((f) => f.id)));
    this.#dirty = false;
    this.#dirtyContent.clear();
  }

  close(): void {
    this.flush();
  }

  #restore(saved: PersistedState, codecs: ContentCodecs): void {
    this.clock.restoreShift(saved.clockShiftMs);
    for (const { hasContent, ...meta } of saved.files) {
      const json = hasContent ? this.#data?.readContent(meta.id) : undefined;
      const content = json === undefined ? null : codecs.for(meta.mimeType).fromJSON(json);
      this.drive.restore({ ...meta, content });
    }
  }

  // ---- helpers for seeding and inspection (no access checks) ----

  createFolder(owner: string, name: string, parentId?: string): DriveFile {
    return this.drive.create({ name, mimeType: MIME.folder, content: null, owner, parentId });
  }

  createSpreadsheet(owner: string, name: string, parentId?: string): DriveFile<SpreadsheetContent> {
    return this.drive.create({ name, mimeType: MIME.spreadsheet, content: newSpreadsheet(this.timeZone), owner, parentId });
  }

  /** Grants a user a role on a file, as the owner sharing it would. */
  share(fileId: string, email: string, role: Role): void {
    const file = this.#file(fileId);
    const existing = file.permissions.find((p) => p.email.toLowerCase() === email.toLowerCase());
    if (existing !== undefined) existing.role = role;
    else file.permissions.push({ id: newUserPermissionId(email), email, role });
    this.drive.touch(file, false);
  }

  files(): FileSummary[] {
    return this.drive.all().map(summarize);
  }

  #file(id: string): DriveFile {
    const file = this.drive.get(id);
    if (file === undefined) throw new Error(`No Drive item ${id}`);
    return file;
  }
}

export function createWorkspace(options: WorkspaceOptions): Workspace {
  return new Workspace(options);
}
