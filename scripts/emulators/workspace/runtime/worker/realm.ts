import { createContext, runInContext, type Context } from 'node:vm';

interface Intrinsics {
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Date: DateConstructor;
  Error: ErrorConstructor;
}

// Inside the sandbox `new Date()` and `Date.now()` read the emulated clock (host time + offset);
// every other use of Date is the engine's own.
const DATE_BOOTSTRAP = `(function (offset) {
  var RealDate = Date;
  var now = function () { return RealDate.now() + offset; };
  function EmulatedDate() {
    if (!new.target) return new RealDate(now()).toString();
    if (arguments.length === 0) return Reflect.construct(RealDate, [now()], new.target);
    return Reflect.construct(RealDate, Array.prototype.slice.call(arguments), new.target);
  }
  EmulatedDate.prototype = RealDate.prototype;
  EmulatedDate.now = now;
  EmulatedDate.UTC = RealDate.UTC;
  EmulatedDate.parse = RealDate.parse;
  Object.defineProperty(RealDate.prototype, 'constructor', { value: EmulatedDate, writable: true, configurable: true });
  return EmulatedDate;
})`;

/**
 * A fresh V8 context per execution, as Apps Script gives each execution fresh globals. Values
 * handed to the script are rebuilt with the context's own Array, Object, Date and Error, so
 * `instanceof Array` and friends hold inside the script.
 */
export class ScriptRealm {
  readonly context: Context;
  readonly intrinsics: Intrinsics;

  constructor(clockOffsetMs: number) {
    this.context = createContext({}, { name: 'Apps Script execution', codeGeneration: { strings: true, wasm: false } });
    const makeDate = runInContext(DATE_BOOTSTRAP, this.context) as (offset: number) => DateConstructor;
    (this.context as Record<string, unknown>)['Date'] = makeDate(clockOffsetMs);
    this.intrinsics = runInContext('({ Array: Array, Object: Object, Date: Date, Error: Error })', this.context) as Intrinsics;
  }

  setGlobal(name: string, value: unknown): void {
    (this.context as Record<string, unknown>)[name] = value;
  }

  getGlobal(name: string): unknown {
    return (this.context as Record<string, unknown>)[name];
  }

  array(items: unknown[]): unknown[] {
    const out = new this.intrinsics.Array() as unknown[];
    for (const item of items) out.push(item);
    return out;
  }

  object(): Record<string, unknown> {
    return new this.intrinsics.Object() as Record<string, unknown>;
  }

  date(ms: number): Date {
    return new this.intrinsics.Date(ms);
  }

  error(name: string, message: string, details?: unknown): Error {
    const error = new this.intrinsics.Error(message) as Error & { details?: unknown };
    error.name = name;
    if (details !== undefined) error.details = details;
    return error;
  }

  /** Compiles code in the sandbox (templates use this: they see the script's globals). */
  evaluate<T>(code: string): T {
    return runInContext(code, this.context) as T;
  }
}

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
  return proto === null || (Object.getPrototypeOf(proto) === null && proto.constructor?.name === 'Object');
}
