import { SERVICE, type DocumentAppEnv } from './env';
import type { Counted } from './instrument';

/** A DocumentApp object that is not an element (Range, RangeElement, NamedRange, Document…). */
export abstract class ScriptObject implements Counted {
  constructor(readonly _env: DocumentAppEnv) {}

  abstract _className(): string;

  _countCall(method: string): void {
    this._env.ctx.calls.count(SERVICE, `${this._className()}.${method}`);
  }
}
