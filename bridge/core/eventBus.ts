import type { BusEventName, BusEvents } from './busEvents';
import type { Logger } from './logger';

type Listener<K extends BusEventName> = (payload: BusEvents[K]) => void | Promise<void>;

interface Registration {
  readonly owner: string;
  readonly listener: (payload: never) => void | Promise<void>;
}

/**
 * The typed event bus extensions talk through. Listeners run in registration order,
 * synchronously; a listener that throws or returns a rejected promise is logged with its
 * owner and the event, and the others still run. `emit` never throws, so an emitter's own
 * work (a scan already in the outbox, say) cannot be undone by a broken listener.
 */
export class EventBus {
  private readonly listeners = new Map<BusEventName, Registration[]>();

  constructor(private readonly logger: Logger) {}

  /** Subscribes; returns the function that unsubscribes. */
  on<K extends BusEventName>(event: K, owner: string, listener: Listener<K>): () => void {
    const registration: Registration = { owner, listener };
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), registration]);
    return () => {
      this.listeners.set(
        event,
        (this.listeners.get(event) ?? []).filter((item) => item !== registration),
      );
    };
  }

  /** Removes every listener an owner registered (an extension's stop()). */
  removeOwner(owner: string): void {
    for (const [event, registrations] of this.listeners) {
      this.listeners.set(
        event,
        registrations.filter((item) => item.owner !== owner),
      );
    }
  }

  emit<K extends BusEventName>(event: K, payload: BusEvents[K]): void {
    // A copy: a listener that unsubscribes (or subscribes) mid-emit does not disturb this round.
    for (const { owner, listener } of [...(this.listeners.get(event) ?? [])]) {
      try {
        const result = (listener as Listener<K>)(payload);
        if (result instanceof Promise) result.catch((error: unknown) => this.reportFailure(owner, event, error));
      } catch (error) {
        this.reportFailure(owner, event, error);
      }
    }
  }

  listenerCount(event: BusEventName): number {
    return this.listeners.get(event)?.length ?? 0;
  }

  private reportFailure(owner: string, event: BusEventName, error: unknown): void {
    this.logger.error({ owner, event, err: error }, `listener of ${owner} failed on ${event}`);
  }
}
