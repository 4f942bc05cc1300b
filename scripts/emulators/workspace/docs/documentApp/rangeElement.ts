// https://developers.google.com/apps-script/reference/document/range-element

import type { ElementBase } from './element';
import type { DocumentAppEnv } from './env';
import { instrumentCalls } from './instrument';
import { ScriptObject } from './scriptObject';

/** Where a findText result ends, so a later findText(pattern, from) can continue after it. */
export interface FoundAt {
  readonly holder: object;
  readonly blockOffset: number;
  readonly matchEnd: number;
}

export class RangeElementImpl extends ScriptObject {
  constructor(
    env: DocumentAppEnv,
    readonly _element: unknown,
    readonly _start: number,
    readonly _endInclusive: number,
    readonly _partial: boolean,
    readonly _found: FoundAt | null = null,
  ) {
    super(env);
  }

  _className(): string {
    return 'RangeElement';
  }

  getElement(): ElementBase {
    return this._element as ElementBase;
  }

  /** -1 unless the range covers part of a Text element. */
  getStartOffset(): number {
    return this._partial ? this._start : -1;
  }

  getEndOffsetInclusive(): number {
    return this._partial ? this._endInclusive : -1;
  }

  isPartial(): boolean {
    return this._partial;
  }
}

instrumentCalls(RangeElementImpl.prototype);
