/** Marks a worker-side service class with the service/class name its calls are counted under. */
export const LOCAL_LABEL: unique symbol = Symbol('localLabel');

export interface LocalLabel {
  service: string;
  type?: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function localLabel(cls: abstract new (...args: any[]) => object, service: string, type?: string): void {
  Object.defineProperty(cls.prototype, LOCAL_LABEL, { value: { service, type } satisfies LocalLabel });
}
