import { labelClass } from '../../runtime/label';
import { emailDomain } from '../../drive/permissions';

/** DriveApp's User: https://developers.google.com/apps-script/reference/drive/user */
export class DriveUser {
  readonly #email: string;

  constructor(email: string) {
    this.#email = email;
  }

  getEmail(): string {
    return this.#email;
  }

  getName(): string {
    return this.#email.split('@')[0] ?? this.#email;
  }

  getDomain(): string {
    return emailDomain(this.#email);
  }

  getPhotoUrl(): string {
    return '';
  }

  toString(): string {
    return this.#email;
  }
}
labelClass(DriveUser, 'DriveApp', 'User');
