/**
 * Runs asynchronous jobs one after another in the order they were added: labels come out of
 * the printer in scan order, and two jobs never talk to one printer at once.
 */
export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;

  /**
   * Adds a job; the returned promise settles with the job. A failed job does not stop the queue.
   * With nothing queued the job starts at once, in the caller's turn: a label then reaches the
   * printer socket before the kiosk is told about the scan, not after.
   */
  add<T>(job: () => Promise<T>): Promise<T> {
    const idle = this.pending === 0;
    this.pending += 1;
    const run = idle ? startNow(job) : this.tail.then(job);
    this.tail = run.then(
      () => this.done(),
      () => this.done(),
    );
    return run;
  }

  /** Resolves when every job added so far has finished. */
  idle(): Promise<void> {
    return this.tail;
  }

  get size(): number {
    return this.pending;
  }

  private done(): void {
    this.pending -= 1;
  }
}

/** Runs the job now; an exception thrown before its first await becomes a rejection, as with then(). */
function startNow<T>(job: () => Promise<T>): Promise<T> {
  try {
    return job();
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
