import { BlobData } from '../blob';
import type { Reply, Wire } from '../wire';
import { isTagged } from '../wire';
import type { SyncChannel } from './channel';
import { isDate, isPlainObject, type ScriptRealm } from './realm';
import { HtmlOutput } from './services/htmlOutput';
import { TextOutput } from './services/textOutput';
import { LOCAL_LABEL, type LocalLabel } from './localLabel';

/**
 * Everything that crosses between the script and the emulator inside a worker:
 * - main-thread objects appear to the script as proxies whose methods call the main thread;
 * - worker-side services appear through a membrane that counts calls, converts results into the
 *   script's realm and turns thrown errors into the script's Error objects;
 * - values travel to the main thread as wire values (see runtime/wire.ts).
 */
export class Boundary {
  readonly #realm: ScriptRealm;
  readonly #channel: SyncChannel;
  readonly #remotes = new Map<number, object>();
  readonly #remoteIds = new WeakMap<object, number>();
  readonly #exposed = new WeakMap<object, object>();
  readonly #targets = new WeakMap<object, object>();

  constructor(realm: ScriptRealm, channel: SyncChannel) {
    this.#realm = realm;
    this.#channel = channel;
  }

  // ---- script ⇄ main thread ----

  /** Sends a request and returns its value in the script's realm, or throws the script-side error. */
  ask(request: Parameters<SyncChannel['request']>[0]): unknown {
    return this.#unwrapReply(this.#channel.request(request));
  }

  #unwrapReply(reply: Reply): unknown {
    if (!reply.ok) throw this.#realm.error(reply.error.name, reply.error.message, reply.error.details === undefined ? undefined : this.fromWire(reply.error.details));
    return this.fromWire(reply.value);
  }

  fromWire(wire: Wire): unknown {
    if (wire === null || wire === undefined || typeof wire !== 'object') return wire;
    if (wire instanceof Uint8Array) return this.#realm.array(Array.from(wire));
    if (Array.isArray(wire)) return this.#realm.array(wire.map((w) => this.fromWire(w)));
    if (!isTagged(wire)) return wire;
    switch (wire.__t) {
      case 'date':
        return this.#realm.date(wire.ms);
      case 'blob':
        return this.expose(new BlobData(wire.bytes, wire.contentType, wire.name));
      case 'o': {
        const out = this.#realm.object();
        for (const [k, v] of Object.entries(wire.v)) out[k] = this.fromWire(v);
        return out;
      }
      case 'obj':
        return this.#remote(wire.id, wire.methods, wire.label);
      default:
        return undefined;
    }
  }

  toWire(value: unknown): Wire {
    if (value === null || value === undefined) return value;
    switch (typeof value) {
      case 'string':
      case 'number':
      case 'boolean':
        return value;
      case 'function':
        return { __t: 'fn' };
      case 'object':
        break;
      default:
        return undefined;
    }
    const remoteId = this.#remoteIds.get(value as object);
    if (remoteId !== undefined) return { __t: 'ref', id: remoteId };
    const local = this.#targets.get(value as object) ?? (value as object);
    if (local instanceof BlobData) return { __t: 'blob', bytes: local.bytes.slice(), contentType: local.contentType, name: local.name };
    if (local instanceof HtmlOutput) return { __t: 'html', content: local.getContent(), title: local.getTitle(), width: local.getWidth(), height: local.getHeight() };
    if (local instanceof TextOutput) return { __t: 'text', content: local.getContent(), mimeType: local.getMimeType(), fileName: local.getFileName() };
    if (isDate(local)) return { __t: 'date', ms: local.getTime() };
    if (Array.isArray(local)) return local.map((v: unknown) => this.toWire(v));
    const v: Record<string, Wire> = {};
    for (const [k, item] of Object.entries(local)) v[k] = this.toWire(item);
    return { __t: 'o', v };
  }

  #remote(id: number, methods: string[], label: string): object {
    const existing = this.#remotes.get(id);
    if (existing !== undefined) return existing;
    const names = new Set(methods);
    const functions = new Map<string, (...args: unknown[]) => unknown>();
    const constants = new Map<string, unknown>();
    const target = this.#realm.object();
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        if (typeof prop === 'symbol') return undefined;
        if (names.has(prop)) {
          let fn = functions.get(prop);
          if (fn === undefined) {
            fn = (...args: unknown[]) => this.ask({ t: 'call', target: id, method: prop, args: args.map((a) => this.toWire(a)) });
            functions.set(prop, fn);
          }
          return fn;
        }
        if (prop === 'toString') return () => label;
        if (prop === 'then' || prop === 'toJSON' || prop === 'valueOf') return undefined;
        if (prop in t) return t[prop];
        if (constants.has(prop)) return constants.get(prop);
        const reply = this.#channel.request({ t: 'get', target: id, prop });
        const value = this.#unwrapReply(reply);
        if (reply.ok && reply.constant === true) constants.set(prop, value);
        return value;
      },
      has: (t, prop) => (typeof prop === 'string' && names.has(prop)) || prop in t,
    });
    this.#remotes.set(id, proxy);
    this.#remoteIds.set(proxy, id);
    return proxy;
  }

  // ---- script ⇄ worker-side services ----

  /** A worker-side value as the script sees it. */
  toScript(value: unknown): unknown {
    if (value === null || value === undefined || typeof value !== 'object') return value;
    if (this.#remoteIds.has(value) || this.#targets.has(value)) return value;
    if (isDate(value)) return this.#realm.date(value.getTime());
    if (value instanceof Uint8Array) return this.#realm.array(Array.from(value));
    if (Array.isArray(value)) return this.#realm.array(value.map((v: unknown) => this.toScript(v)));
    if (isPlainObject(value)) {
      const out = this.#realm.object();
      for (const [k, v] of Object.entries(value)) out[k] = this.toScript(v);
      return out;
    }
    return this.expose(value);
  }

  /** A script value as worker-side services take it (membrane proxies unwrapped). */
  fromScript(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    const target = this.#targets.get(value);
    if (target !== undefined) return target;
    if (Array.isArray(value)) return value.map((v: unknown) => this.fromScript(v));
    if (isPlainObject(value)) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.fromScript(v);
      return out;
    }
    return value;
  }

  /** Wraps a worker-side object for the script: counted calls, realm-safe results and errors. */
  expose<T extends object>(target: T): T {
    const existing = this.#exposed.get(target);
    if (existing !== undefined) return existing as T;
    const methods = new Map<PropertyKey, unknown>();
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        const value = Reflect.get(t, prop, t) as unknown;
        if (typeof value !== 'function') return typeof prop === 'symbol' ? value : this.toScript(value);
        let wrapped = methods.get(prop);
        if (wrapped === undefined) {
          wrapped = (...args: unknown[]) => this.#invoke(t, prop, value as (...a: unknown[]) => unknown, args);
          methods.set(prop, wrapped);
        }
        return wrapped;
      },
      set: (t, prop, value) => Reflect.set(t, prop, this.fromScript(value), t),
    });
    this.#exposed.set(target, proxy);
    this.#targets.set(proxy, target);
    return proxy;
  }

  #invoke(target: object, prop: PropertyKey, fn: (...a: unknown[]) => unknown, args: unknown[]): unknown {
    const label = (target as { [LOCAL_LABEL]?: LocalLabel })[LOCAL_LABEL];
    if (label !== undefined && typeof prop === 'string') {
      this.#channel.note({ t: 'count', service: label.service, operation: label.type === undefined ? prop : `${label.type}.${prop}` });
    }
    try {
      return this.toScript(fn.apply(target, args.map((a) => this.fromScript(a))));
    } catch (error) {
      throw this.scriptError(error);
    }
  }

  /** Any error as the script's own Error object (name and message kept). */
  scriptError(error: unknown): unknown {
    if (error !== null && typeof error === 'object' && error instanceof this.#realm.intrinsics.Error) return error;
    const e = error as { name?: unknown; message?: unknown; details?: unknown };
    return this.#realm.error(typeof e?.name === 'string' ? e.name : 'Error', typeof e?.message === 'string' ? e.message : String(error), e?.details === undefined ? undefined : this.toScript(e.details));
  }

  realm(): ScriptRealm {
    return this.#realm;
  }
}
