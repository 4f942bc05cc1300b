import { parseEventKey, PROTOCOL_VERSION } from '../../shared/protocol';
import type { EventBus } from '../core/eventBus';
import type { Extension } from '../core/extension';
import type { Logger } from '../core/logger';
import type { Outbox } from '../store/outbox';
import { PeriodicTask } from './periodicTask';
import { retryDelay } from './retrySchedule';
import type { ScriptClient } from './scriptClient';

export interface OutboxSenderDeps {
  readonly outbox: Outbox;
  readonly client: ScriptClient;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly batchSize: number;
  readonly intervalMs: number;
  readonly retryBaseMs: number;
  readonly maxBackoffMs: number;
  readonly now?: () => number;
}

/**
 * Sends the outbox to the script in signed batches, oldest first, one batch in flight at a
 * time, and settles scans only from the script's acknowledgement. Woken by every new scan;
 * otherwise it looks every `intervalMs`. While the script is unreachable it backs off
 * exponentially; nothing is dropped, and the next batch starts again from the oldest pending
 * scan, so order is kept.
 */
export class OutboxSender implements Extension {
  readonly name = 'outbox-sender';
  private readonly task: PeriodicTask;
  private failures = 0;
  private readonly now: () => number;

  constructor(private readonly deps: OutboxSenderDeps) {
    this.task = new PeriodicTask(this.name, () => this.sendPending(), deps.logger);
    this.now = deps.now ?? Date.now;
  }

  start(): void {
    // While the script is unreachable a new scan waits for the scheduled retry: waking the
    // sender on every scan would retry, and record a failure in SQLite, once per scan, on the
    // machine that is printing that scan's label. Any exchange getting through (the index
    // sync, say) ends the wait.
    this.deps.bus.on('scanQueued', this.name, () => {
      if (this.failures === 0) this.task.wake();
    });
    this.deps.bus.on('linkChanged', this.name, (link) => {
      if (link.state === 'online' && this.failures > 0) this.task.wake();
    });
    this.task.start();
  }

  async stop(): Promise<void> {
    this.deps.bus.removeOwner(this.name);
    await this.task.stop();
  }

  /** Sends batches until the outbox is empty or an exchange fails; returns the delay before the next look. */
  private async sendPending(): Promise<number> {
    for (;;) {
      const batch = this.deps.outbox.nextBatch(this.deps.batchSize);
      const first = batch[0];
      if (first === undefined) return this.deps.intervalMs;
      const bridgeId = parseEventKey(first.event.eventKey)?.bridgeId ?? '';
      const answer = await this.deps.client.exchange(
        { type: 'scan_event_batch', version: PROTOCOL_VERSION, bridgeId, events: batch.map((scan) => scan.event) },
        ['scan_event_ack'],
      );
      if (answer.status === 'error') {
        this.failures += 1;
        this.deps.outbox.recordFailure(batch, answer.detail);
        const delay = retryDelay(this.failures, this.deps.retryBaseMs, this.deps.maxBackoffMs);
        this.deps.client.noteRetry(this.now() + delay);
        this.deps.logger.warn({ type: answer.type, detail: answer.detail, pending: batch.length, retryInMs: delay }, 'scan batch not delivered');
        return delay;
      }
      this.failures = 0;
      const { settlements, unexpected } = this.deps.outbox.settle(batch, answer.response, new Date(this.now()).toISOString());
      if (unexpected.length > 0) this.deps.logger.warn({ unexpected }, 'the script acknowledged keys this batch did not carry');
      const counts = this.deps.outbox.counts();
      this.deps.bus.emit('scansSettled', { settlements, deals: answer.response.deals ?? [] });
      this.deps.bus.emit('outboxChanged', { pending: counts.pending, rejected: counts.rejected });
      this.deps.logger.info(
        { sent: batch.length, accepted: settlements.filter((item) => item.outcome === 'accepted').length, rejected: settlements.filter((item) => item.outcome === 'rejected').length },
        'scan batch acknowledged',
      );
      // The script settled nothing (it ran out of time, say): do not hammer it, come back later.
      if (settlements.length === 0) return this.deps.retryBaseMs;
    }
  }
}
