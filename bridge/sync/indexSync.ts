import type { Extension } from '../core/extension';
import type { Logger } from '../core/logger';
import type { IndexUpdater } from './indexUpdater';
import { PeriodicTask } from './periodicTask';
import { retryDelay } from './retrySchedule';

export interface IndexSyncDeps {
  readonly updater: IndexUpdater;
  readonly logger: Logger;
  readonly intervalMs: number;
  readonly retryBaseMs: number;
  readonly maxBackoffMs: number;
}

/** Pulls index deltas every `intervalMs`, backing off while the script is unreachable. */
export class IndexSync implements Extension {
  readonly name = 'index-sync';
  private readonly task: PeriodicTask;
  private failures = 0;

  constructor(private readonly deps: IndexSyncDeps) {
    this.task = new PeriodicTask(this.name, () => this.pull(), deps.logger);
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  private async pull(): Promise<number> {
    const result = await this.deps.updater.catchUp();
    if (result.status === 'success') {
      this.failures = 0;
      return this.deps.intervalMs;
    }
    this.failures += 1;
    this.deps.logger.warn({ type: result.type, detail: result.detail }, 'index delta not received');
    return Math.min(this.deps.intervalMs, retryDelay(this.failures, this.deps.retryBaseMs, this.deps.maxBackoffMs));
  }
}
