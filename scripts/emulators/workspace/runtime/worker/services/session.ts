import { createHash } from 'node:crypto';
import { localLabel } from '../localLabel';

/** Base's User: getEmail() is '' when the platform does not reveal who is running the script. */
export class UserLocal {
  readonly #email: string;

  constructor(email: string) {
    this.#email = email;
  }

  getEmail(): string {
    return this.#email;
  }

  getUserLoginId(): string {
    return this.#email;
  }

  toString(): string {
    return this.#email;
  }
}
localLabel(UserLocal, 'Session', 'User');

/**
 * Session. In a web app that executes as the deployer and is opened by someone else (or anonymously),
 * getActiveUser().getEmail() is '' and getEffectiveUser() is the deployer.
 * https://developers.google.com/apps-script/reference/base/session#getActiveUser()
 */
export class SessionLocal {
  readonly #active: string;
  readonly #effective: string;
  readonly #timeZone: string;

  constructor(active: string, effective: string, timeZone: string) {
    this.#active = active;
    this.#effective = effective;
    this.#timeZone = timeZone;
  }

  getActiveUser(): UserLocal {
    return new UserLocal(this.#active);
  }

  getEffectiveUser(): UserLocal {
    return new UserLocal(this.#effective);
  }

  getScriptTimeZone(): string {
    return this.#timeZone;
  }

  getActiveUserLocale(): string {
    return 'ru';
  }

  getTemporaryActiveUserKey(): string {
    return createHash('sha256').update(`emulated:${this.#active}`).digest('base64url').slice(0, 32);
  }
}
localLabel(SessionLocal, 'Session');
