// Every method a script calls on a DocumentApp object is one service call, counted as
// ("DocumentApp", "<Class>.<method>") — the unit the product's call budgets are written in.
// Classes are instrumented once: each public prototype method is wrapped to count itself under
// the class name the instance reports (Body and TableCell share container code but count apart).
// Internal helpers are #private or start with "_" and are not counted.

export interface Counted {
  _countCall(method: string): void;
}

export function instrumentCalls(prototype: object): void {
  for (const name of Object.getOwnPropertyNames(prototype)) {
    if (name === 'constructor' || name.startsWith('_')) continue;
    const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
    if (!descriptor || typeof descriptor.value !== 'function') continue;
    const method = descriptor.value as (...args: unknown[]) => unknown;
    Object.defineProperty(prototype, name, {
      ...descriptor,
      value: function counted(this: Counted, ...args: unknown[]) {
        this._countCall(name);
        return method.apply(this, args);
      },
    });
  }
}
