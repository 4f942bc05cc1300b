/** Where a listener's exception is reported; the bridge passes its structured logger. */
export type ListenerFailureLog = (failure: { readonly owner: string; readonly event: string; readonly error: unknown }) => void;

/**
 * A small typed event emitter for device extensions. Unlike Node's EventEmitter, an 'error'
 * event without listeners is not thrown, and one failing listener is reported with its owner
 * and event and does not keep the others from running (the zigbee2mqtt habit).
 */
export class TypedListeners<Events extends { readonly [event: string]: unknown }> {
  private readonly listeners = new Map<keyof Events, Set<(payload: never) => void>>();

  constructor(
    private readonly owner: string,
    private readonly log: ListenerFailureLog = () => undefined,
  ) {}

  /** Adds a listener; returns the function that removes it. */
  on<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): () => void {
    let set = this.listeners.get(event);
    if (set === undefined) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  emit<E extends keyof Events>(event: E, payload: Events[E]): void {
    const set = this.listeners.get(event);
    if (set === undefined) return;
    for (const listener of [...set] as ((payload: Events[E]) => void)[]) {
      try {
        listener(payload);
      } catch (error) {
        this.log({ owner: this.owner, event: String(event), error });
      }
    }
  }
}
