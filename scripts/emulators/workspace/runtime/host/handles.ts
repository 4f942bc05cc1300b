import { BlobData } from '../blob';
import { HtmlOutputValue, labelOf, TextOutputValue } from '../label';
import type { Wire } from '../wire';
import { isTagged } from '../wire';

const methodCache = new WeakMap<object, string[]>();

/**
 * Names a script may call on an object: functions along its prototype chain (not Object's), minus
 * the constructor and names starting with "_" (runtime internals).
 */
export function methodNames(value: object): string[] {
  const proto = Object.getPrototypeOf(value) as object | null;
  const cached = proto === null ? undefined : methodCache.get(proto);
  const own = Object.getOwnPropertyNames(value).filter((n) => typeof Object.getOwnPropertyDescriptor(value, n)?.value === 'function');
  if (cached !== undefined) return own.length === 0 ? cached : [...new Set([...cached, ...own])];
  const names = new Set<string>();
  for (let p = proto; p !== null && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const name of Object.getOwnPropertyNames(p)) {
      if (name === 'constructor' || name.startsWith('_')) continue;
      if (typeof Object.getOwnPropertyDescriptor(p, name)?.value === 'function') names.add(name);
    }
  }
  const list = [...names];
  if (proto !== null) methodCache.set(proto, list);
  return own.length === 0 ? list : [...new Set([...list, ...own.filter((n) => !n.startsWith('_'))])];
}

function isPlain(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The main-thread objects one execution's script holds proxies to. */
export class HandleTable {
  readonly #byId = new Map<number, object>();
  readonly #ids = new WeakMap<object, number>();
  #next = 1;

  register(value: object): number {
    let id = this.#ids.get(value);
    if (id === undefined) {
      id = this.#next;
      this.#next += 1;
      this.#ids.set(value, id);
      this.#byId.set(id, value);
    }
    return id;
  }

  get(id: number): object {
    const value = this.#byId.get(id);
    if (value === undefined) throw new Error(`Unknown object handle ${id}`);
    return value;
  }

  /** Main-thread value → wire. Plain data goes by value, service objects by handle. */
  encode(value: unknown): Wire {
    if (value === null || value === undefined) return value;
    switch (typeof value) {
      case 'string':
      case 'number':
      case 'boolean':
        return value;
      case 'bigint':
        return Number(value);
      case 'function':
      case 'symbol':
        return undefined;
      default:
        break;
    }
    const obj = value as object;
    if (obj instanceof Date) return { __t: 'date', ms: obj.getTime() };
    if (obj instanceof Uint8Array) return obj;
    if (obj instanceof BlobData) return { __t: 'blob', bytes: obj.bytes.slice(), contentType: obj.contentType, name: obj.name };
    if (Array.isArray(obj)) return obj.map((v: unknown) => this.encode(v));
    if (isPlain(obj) && !Object.values(obj).some((item) => typeof item === 'function')) {
      const v: Record<string, Wire> = {};
      for (const [k, item] of Object.entries(obj)) v[k] = this.encode(item);
      return { __t: 'o', v };
    }
    const label = labelOf(obj);
    return { __t: 'obj', id: this.register(obj), methods: methodNames(obj), label: label?.type ?? label?.service ?? obj.constructor.name };
  }

  /** Wire from the worker → main-thread value. */
  decode(wire: Wire): unknown {
    if (wire === null || wire === undefined || typeof wire !== 'object' || wire instanceof Uint8Array) return wire;
    if (Array.isArray(wire)) return wire.map((w) => this.decode(w));
    if (!isTagged(wire)) return wire;
    switch (wire.__t) {
      case 'date':
        return new Date(wire.ms);
      case 'blob':
        return new BlobData(wire.bytes, wire.contentType, wire.name);
      case 'ref':
        return this.get(wire.id);
      case 'o': {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(wire.v)) out[k] = this.decode(v);
        return out;
      }
      case 'html':
        return new HtmlOutputValue(wire.content, wire.title, wire.width, wire.height);
      case 'text':
        return new TextOutputValue(wire.content, wire.mimeType, wire.fileName);
      case 'obj':
      case 'fn':
        return undefined;
    }
  }
}
