/**
 * One capability of the bridge (a scanner, the outbox sender, the print-job poller...).
 * The constructor only stores its dependencies; work begins in `start()` and ends in
 * `stop()`, which must leave no timer, socket or listener behind.
 */
export interface Extension {
  /** Short stable name, used as the owner in the bus and in logs. */
  readonly name: string;
  start(): void | Promise<void>;
  stop(): void | Promise<void>;
}
