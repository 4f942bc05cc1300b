import { exception, MESSAGES } from '../../../core/errors';
import { localLabel } from '../localLabel';

export interface LockBackend {
  acquire(key: string, holder: string, timeoutMs: number): boolean;
  release(key: string, holder: string): void;
}

let nextLock = 1;

/**
 * Lock. waitLock throws "Lock timeout: another process was holding the lock for too long." when the
 * lock is not free in time; tryLock returns false instead.
 * https://developers.google.com/apps-script/reference/lock/lock
 */
export class LockLocal {
  readonly #key: string;
  readonly #holder: string;
  readonly #backend: LockBackend;
  #held = false;

  constructor(key: string, backend: LockBackend) {
    this.#key = key;
    this.#holder = `lock${nextLock++}`;
    this.#backend = backend;
  }

  hasLock(): boolean {
    return this.#held;
  }

  tryLock(timeoutInMillis: number): boolean {
    if (this.#held) return true;
    this.#held = this.#backend.acquire(this.#key, this.#holder, Math.max(0, Number(timeoutInMillis) || 0));
    return this.#held;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw exception(MESSAGES.lockTimeout);
  }

  releaseLock(): void {
    if (!this.#held) return;
    this.#backend.release(this.#key, this.#holder);
    this.#held = false;
  }
}
localLabel(LockLocal, 'LockService', 'Lock');

/** LockService: one script lock, one lock per user, one per container document. */
export class LockServiceLocal {
  readonly #backend: LockBackend;
  readonly #user: string;
  readonly #containerId: string | null;

  constructor(backend: LockBackend, user: string, containerId: string | null) {
    this.#backend = backend;
    this.#user = user;
    this.#containerId = containerId;
  }

  getScriptLock(): LockLocal {
    return new LockLocal('script', this.#backend);
  }

  getUserLock(): LockLocal {
    return new LockLocal(`user:${this.#user.toLowerCase()}`, this.#backend);
  }

  /** null when the script is not bound to a document. */
  getDocumentLock(): LockLocal | null {
    return this.#containerId === null ? null : new LockLocal(`document:${this.#containerId}`, this.#backend);
  }
}
localLabel(LockServiceLocal, 'LockService');
