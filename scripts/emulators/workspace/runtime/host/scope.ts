import type { AccessNeed, CallCounter, EmulatorContext, StoredFile } from '../../context';
import { requireAccess } from '../../drive/access';
import type { Workspace } from '../../workspace';
import { HandleTable } from './handles';

export type ExecutionKind = 'run' | 'webapp' | 'trigger' | 'ui';

/**
 * ScriptApp.AuthMode of an execution: FULL for everything a person or a trigger runs, NONE or
 * LIMITED for an Editor add-on's onOpen (runtime/host/openTrigger.ts).
 * https://developers.google.com/apps-script/reference/script/auth-mode
 */
export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

export interface ExecutionIdentity {
  /** Session.getActiveUser(): '' when the platform hides the user (anonymous web app access). */
  activeUser: string;
  /** Session.getEffectiveUser(): whose authority and Drive access the execution uses. */
  effectiveUser: string;
  /** The Doc or Sheet the script is bound to / opened from (getActiveSpreadsheet, document locks). */
  containerId: string | null;
  kind: ExecutionKind;
  /** Absent means FULL. In NONE the dispatcher refuses every service call but building menus (authModePolicy.ts). */
  authMode?: AuthMode;
}

/**
 * One execution as the main thread sees it: who it runs as, the objects its script holds, and the
 * EmulatorContext the services use.
 */
export class ExecutionScope implements EmulatorContext {
  readonly handles = new HandleTable();
  readonly #roots = new Map<string, object>();

  constructor(
    readonly id: string,
    readonly workspace: Workspace,
    readonly identity: ExecutionIdentity,
  ) {}

  get calls(): CallCounter {
    return this.workspace.calls;
  }

  /** The user whose access this execution uses (the effective user). */
  activeUser(): string {
    return this.identity.effectiveUser;
  }

  activeContainerId(): string | null {
    return this.identity.containerId;
  }

  now(): Date {
    return this.workspace.now();
  }

  openFile<Content>(id: string, need: AccessNeed, service: string): StoredFile<Content> {
    return requireAccess(this.workspace.drive, id, this.identity.effectiveUser, need, service) as StoredFile<Content>;
  }

  createFile<Content>(init: { name: string; mimeType: string; content: Content; parentId?: string }): StoredFile<Content> {
    return this.workspace.drive.create({ ...init, owner: this.identity.effectiveUser });
  }

  touch(id: string): void {
    const file = this.workspace.drive.get(id);
    if (file !== undefined) this.workspace.drive.touch(file);
  }

  /** One instance of each root service per execution, created on first use. */
  root(name: string, create: () => object): object {
    let service = this.#roots.get(name);
    if (service === undefined) {
      service = create();
      this.#roots.set(name, service);
    }
    return service;
  }
}
