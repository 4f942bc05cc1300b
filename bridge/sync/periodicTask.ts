import type { Logger } from '../core/logger';

/**
 * Runs `task` now and then again and again: after `intervalMs` when it succeeded, after the
 * delay it returns when it failed. Never two runs at once; `wake()` runs it as soon as the
 * current run (if any) ends; `stop()` cancels the timer and waits for a run in progress.
 */
export class PeriodicTask {
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> | undefined;
  private wakeRequested = false;
  private stopped = true;

  constructor(
    private readonly name: string,
    /** Resolves with the delay before the next run, in ms. */
    private readonly task: () => Promise<number>,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.stopped = false;
    this.wake();
  }

  wake(): void {
    if (this.stopped) return;
    if (this.current !== undefined) {
      this.wakeRequested = true;
      return;
    }
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.current = this.runOnce().finally(() => {
      this.current = undefined;
      // A wake that came after the run looked for one (while it was finishing) is not lost.
      if (this.wakeRequested) {
        this.wakeRequested = false;
        this.wake();
      }
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    await this.current;
  }

  private async runOnce(): Promise<void> {
    let delay: number;
    try {
      delay = await this.task();
    } catch (error) {
      this.logger.error({ err: error, task: this.name }, `${this.name} failed unexpectedly`);
      delay = 30_000;
    }
    if (this.stopped) return;
    if (this.wakeRequested) {
      this.wakeRequested = false;
      delay = 0;
    }
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.wake();
    }, delay);
  }
}
