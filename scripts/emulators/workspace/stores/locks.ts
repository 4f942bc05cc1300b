/**
 * LockService's locks, shared by every execution. Executions run in worker threads; a waiting
 * execution blocks its own thread while the main thread keeps the queue, so contention between two
 * concurrent web-app requests is real. A lock is held by one Lock object (getScriptLock() returns a
 * new object each call; a second object contends even within the same execution) and is released
 * by releaseLock() or when its execution ends.
 * https://developers.google.com/apps-script/reference/lock/lock
 */
interface Waiter {
  holder: string;
  grant: (acquired: boolean) => void;
  timer: NodeJS.Timeout;
}

interface LockState {
  holder: string | null;
  waiters: Waiter[];
}

export class LockTable {
  readonly #locks = new Map<string, LockState>();

  #state(key: string): LockState {
    let state = this.#locks.get(key);
    if (state === undefined) {
      state = { holder: null, waiters: [] };
      this.#locks.set(key, state);
    }
    return state;
  }

  /** Who holds the lock (an execution-scoped lock-object id), or null. */
  holder(key: string): string | null {
    return this.#locks.get(key)?.holder ?? null;
  }

  /** Resolves true once `holder` has the lock, or false after timeoutMs. */
  acquire(key: string, holder: string, timeoutMs: number): Promise<boolean> {
    const state = this.#state(key);
    if (state.holder === null || state.holder === holder) {
      state.holder = holder;
      return Promise.resolve(true);
    }
    if (timeoutMs <= 0) return Promise.resolve(false);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        holder,
        grant: resolve,
        timer: setTimeout(() => {
          state.waiters = state.waiters.filter((w) => w !== waiter);
          resolve(false);
        }, timeoutMs),
      };
      state.waiters.push(waiter);
    });
  }

  release(key: string, holder: string): void {
    const state = this.#locks.get(key);
    if (state === undefined || state.holder !== holder) return;
    const next = state.waiters.shift();
    if (next === undefined) {
      state.holder = null;
      return;
    }
    clearTimeout(next.timer);
    state.holder = next.holder;
    next.grant(true);
  }

  /** Releases every lock whose holder id starts with `prefix` (all the locks of one execution). */
  releaseAllOf(prefix: string): void {
    for (const [key, state] of this.#locks) {
      if (state.holder !== null && state.holder.startsWith(prefix)) this.release(key, state.holder);
      for (const waiter of state.waiters.filter((w) => w.holder.startsWith(prefix))) {
        clearTimeout(waiter.timer);
        state.waiters = state.waiters.filter((w) => w !== waiter);
        waiter.grant(false);
      }
    }
  }
}
