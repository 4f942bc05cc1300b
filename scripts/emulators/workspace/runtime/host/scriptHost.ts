import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { mainThreadServices } from '../../services/roots';
import type { Workspace } from '../../workspace';
import type { ExecutionEnd, Note, Wire } from '../wire';
import { Dispatcher } from './dispatcher';
import { fetchAll } from './httpFetch';
import { readManifest, type Manifest } from './manifest';
import { ExecutionScope, type AuthMode, type ExecutionKind } from './scope';
import { WorkerPool } from './workerPool';

export interface LoadScriptOptions {
  /** The Doc or Sheet the script is bound to: getActiveSpreadsheet(), document properties and locks. */
  containerId?: string | null;
  /** Apps Script stops an execution after 6 minutes (default 360000 ms). */
  maxExecutionMs?: number;
  /** Executions running at once (Apps Script: 30); more wait. */
  maxConcurrentExecutions?: number;
  /** Print Logger/console lines to stdout as they happen. */
  echoLogs?: boolean;
}

export interface RunOptions {
  /** Who runs it: Session.getActiveUser() and, unless effectiveUser says otherwise, whose access is used. */
  user: string;
  /** Session.getEffectiveUser(), e.g. the deployer of a web app that executes as "me". */
  effectiveUser?: string;
  /** Overrides getActiveUser() (e.g. '' for an anonymous visitor). */
  activeUser?: string;
  containerId?: string | null;
  kind?: ExecutionKind;
  /** ScriptApp.AuthMode of the execution (default FULL); an add-on's onOpen runs in NONE or LIMITED. */
  authMode?: AuthMode;
  /** Internal: render an HTML file as a template instead of calling a function. */
  renderFile?: string;
}

export interface ExecutionResult {
  id: string;
  ok: boolean;
  value?: unknown;
  error?: { name: string; message: string; stack?: string };
  logs: string[];
}

/** A script error as run() rejects with it: name and message as the script saw them. */
export class ScriptError extends Error {
  readonly logs: string[];
  readonly scriptStack: string | undefined;

  constructor(error: { name: string; message: string; stack?: string }, logs: string[]) {
    super(error.message);
    this.name = error.name;
    this.logs = logs;
    this.scriptStack = error.stack;
  }
}

let executionCounter = 0;

/**
 * The built bundle loaded into the emulator. Each run() is one execution: a fresh V8 context in a
 * worker thread, globals bound to the workspace, the function called as the chosen user. Several
 * executions may run at once, as on the real platform.
 */
export class LoadedScript {
  readonly workspace: Workspace;
  readonly codePath: string;
  readonly codeDir: string;
  readonly manifest: Manifest;
  readonly #pool: WorkerPool;
  readonly #options: LoadScriptOptions;

  constructor(workspace: Workspace, codePath: string, options: LoadScriptOptions = {}) {
    this.workspace = workspace;
    this.codePath = resolve(codePath);
    this.codeDir = dirname(this.codePath);
    this.manifest = readManifest(this.codeDir, workspace.timeZone);
    this.#options = options;
    this.#pool = new WorkerPool({
      code: readFileSync(this.codePath, 'utf8'),
      codePath: this.codePath,
      codeDir: this.codeDir,
      echoLogs: options.echoLogs === true,
      maxWorkers: options.maxConcurrentExecutions ?? 30,
    });
  }

  /** Runs a top-level function; resolves with its return value or rejects with a ScriptError. */
  async run(functionName: string, args: unknown[] = [], options: RunOptions): Promise<unknown> {
    const result = await this.execute(functionName, args, options);
    if (!result.ok) throw new ScriptError(result.error ?? { name: 'Error', message: 'Execution failed' }, result.logs);
    return result.value;
  }

  /** Runs a top-level function and reports how it ended, without throwing for script errors. */
  async execute(functionName: string, args: unknown[], options: RunOptions): Promise<ExecutionResult> {
    const effectiveUser = options.effectiveUser ?? options.user;
    if (!this.workspace.isUser(effectiveUser)) throw new Error(`Unknown user ${effectiveUser}: add it to createWorkspace({ users })`);
    executionCounter += 1;
    const id = `exec${executionCounter}`;
    const identity = {
      activeUser: options.activeUser ?? options.user,
      effectiveUser,
      containerId: options.containerId !== undefined ? options.containerId : (this.#options.containerId ?? null),
      kind: options.kind ?? 'run',
      authMode: options.authMode ?? 'FULL',
    };
    const scope = new ExecutionScope(id, this.workspace, identity);
    const dispatcher = new Dispatcher(scope, { roots: () => mainThreadServices(scope), fetch: fetchAll });
    const startedAt = Date.now();
    let end: ExecutionEnd;
    try {
      end = await this.#pool.run(
        {
          type: 'run',
          execId: id,
          functionName,
          args: args.map((a) => scope.handles.encode(a)),
          activeUser: identity.activeUser,
          effectiveUser,
          timeZone: this.manifest.timeZone,
          scriptId: this.workspace.scriptId,
          containerId: identity.containerId,
          clockOffsetMs: this.workspace.clock.offsetMs(),
          renderFile: options.renderFile,
        },
        {
          request: (request) => dispatcher.handle(request),
          note: (note: Note) => {
            if (note.t === 'count') this.workspace.calls.count(note.service, note.operation);
          },
        },
        this.#options.maxExecutionMs ?? 360_000,
      );
    } finally {
      // Locks die with their execution; its changes are written out.
      this.workspace.locks.releaseAllOf(`${id}:`);
      this.workspace.flush();
    }
    const result: ExecutionResult = end.ok
      ? { id, ok: true, value: scope.handles.decode(end.value as Wire), logs: end.logs }
      : { id, ok: false, error: end.error, logs: end.logs };
    this.workspace.executions.add({
      id,
      functionName: options.renderFile === undefined ? functionName : `(render ${options.renderFile})`,
      kind: identity.kind,
      activeUser: identity.activeUser,
      effectiveUser,
      startedAt: new Date(startedAt).toISOString(),
      durationMs: Date.now() - startedAt,
      ok: result.ok,
      error: result.error === undefined ? undefined : { name: result.error.name, message: result.error.message },
      logs: result.logs,
    });
    return result;
  }

  /** Stops the worker threads (idle ones do not keep the process alive, but close() ends them now). */
  async close(): Promise<void> {
    await this.#pool.close();
    this.workspace.flush();
  }
}

export function loadScript(workspace: Workspace, codePath: string, options?: LoadScriptOptions): LoadedScript {
  return new LoadedScript(workspace, codePath, options);
}
