import type { FetchRequest, FetchResponse, Reply, Request, Wire } from '../wire';
import { labelOf } from '../label';
import { refusalInModeNone, refusedInAuthMode } from './authModePolicy';
import { methodNames } from './handles';
import type { ExecutionScope } from './scope';

export interface DispatcherDeps {
  roots: () => Record<string, object>;
  fetch: (requests: FetchRequest[]) => Promise<FetchResponse[]>;
}

function failure(error: unknown): Reply {
  const e = error as { name?: unknown; message?: unknown; details?: unknown; stack?: unknown };
  return {
    ok: false,
    error: {
      name: typeof e?.name === 'string' ? e.name : 'Error',
      message: typeof e?.message === 'string' ? e.message : String(error),
      details: e?.details === undefined ? undefined : (JSON.parse(JSON.stringify(e.details)) as Wire),
    },
  };
}

/**
 * Answers one execution's requests on the main thread: calls on service objects (counted by their
 * label), property reads, HTTP fetches and lock operations. Calls run one at a time on the main
 * thread, so each is atomic with respect to other executions.
 */
export class Dispatcher {
  readonly #scope: ExecutionScope;
  readonly #deps: DispatcherDeps;
  /** The root services handed to the script, by object: names refusals in AuthMode.NONE. */
  readonly #rootNames = new Map<object, string>();

  constructor(scope: ExecutionScope, deps: DispatcherDeps) {
    this.#scope = scope;
    this.#deps = deps;
  }

  handle(request: Request): Reply | Promise<Reply> {
    try {
      switch (request.t) {
        case 'roots': {
          const roots = this.#deps.roots();
          for (const [name, service] of Object.entries(roots)) this.#rootNames.set(service, name);
          return { ok: true, value: this.#scope.handles.encode(roots) };
        }
        case 'call':
          return this.#call(request.target, request.method, request.args);
        case 'get':
          return this.#get(request.target, request.prop);
        case 'fetch':
          if (this.#scope.identity.authMode === 'NONE') return failure(refusedInAuthMode('UrlFetchApp', 'fetch'));
          return this.#deps.fetch(request.requests).then(
            (responses) => ({ ok: true, value: responses as unknown as Wire }),
            (error: unknown) => failure(error),
          );
        case 'lock':
          if (this.#scope.identity.authMode === 'NONE') return failure(refusedInAuthMode('LockService', 'getScriptLock'));
          return this.#lock(request);
      }
    } catch (error) {
      return failure(error);
    }
  }

  #call(target: number, method: string, args: Wire[]): Reply {
    const object = this.#scope.handles.get(target);
    if (!methodNames(object).includes(method)) {
      return failure(new TypeError(`${method} is not a function`));
    }
    const label = labelOf(object);
    if (this.#scope.identity.authMode === 'NONE') {
      const refusal = refusalInModeNone(label ?? this.#rootNames.get(object), method);
      if (refusal !== null) return failure(refusal);
    }
    if (label !== undefined) this.#scope.calls.count(label.service, label.type === undefined ? method : `${label.type}.${method}`);
    const fn = (object as Record<string, unknown>)[method] as (...a: unknown[]) => unknown;
    const result = fn.apply(object, args.map((a) => this.#scope.handles.decode(a)));
    return { ok: true, value: this.#scope.handles.encode(result) };
  }

  #get(target: number, prop: string): Reply {
    const object = this.#scope.handles.get(target) as Record<string, unknown>;
    if (prop.startsWith('_') || !Object.prototype.hasOwnProperty.call(object, prop)) return { ok: true, value: undefined };
    const value = object[prop];
    if (typeof value === 'function') return { ok: true, value: undefined };
    // Namespaces (Drive.Files) and frozen enums do not change: the worker may keep them.
    return { ok: true, value: this.#scope.handles.encode(value), constant: typeof value === 'object' && value !== null };
  }

  #lock(request: Extract<Request, { t: 'lock' }>): Reply | Promise<Reply> {
    const locks = this.#scope.workspace.locks;
    const holder = `${this.#scope.id}:${'holder' in request ? request.holder : ''}`;
    switch (request.op) {
      case 'acquire':
        return locks.acquire(request.key, holder, request.timeoutMs).then((acquired) => ({ ok: true, value: acquired }));
      case 'release':
        locks.release(request.key, holder);
        return { ok: true, value: true };
      case 'holder':
        return { ok: true, value: locks.holder(request.key) };
    }
  }
}
