import { fail, ok, type Result } from '../../shared/result';

/** LockService's script lock: one execution at a time inside `work`. */
export interface LockPort {
  /** Waits up to `timeoutMs` for the lock; false when it could not be had. */
  tryLock(timeoutMs: number): boolean;
  release(): void;
}

/**
 * Runs `work` holding the lock, releasing it however `work` ends. A lock that stays taken
 * answers `busy` with a Russian detail instead of running anything.
 */
export function withLock<T>(lock: LockPort, timeoutMs: number, work: () => T): Result<T, 'busy'> {
  if (!lock.tryLock(timeoutMs)) {
    return fail('busy', 'Docflow занят другой операцией с реестром и не дождался её окончания. Повторите через минуту.');
  }
  try {
    return ok(work());
  } finally {
    lock.release();
  }
}
