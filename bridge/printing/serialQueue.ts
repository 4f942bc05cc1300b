/**
 * Runs asynchronous jobs one after another in the order they were added: labels come out of
 * the printer in scan order, and two jobs never talk to one printer at once.
 */
export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();
  private pending = 0;

  /** Adds a job; the returned promise settles with the job. A failed job does not stop the queue. */
  add<T>(job: () => Promise<T>): Promise<T> {
    this.pending += 1;
    const run = this.tail.then(job);
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
