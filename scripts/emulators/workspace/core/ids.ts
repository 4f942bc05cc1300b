import { createHash, randomBytes } from 'node:crypto';

/** A Drive-like file id: 44 URL-safe base64 characters, as Drive ids look. */
export function newDriveId(): string {
  return `1${randomBytes(33).toString('base64url').slice(0, 43)}`;
}

/** Drive v3 gives each user a stable numeric permission id; derive one from the e-mail. */
export function userPermissionId(email: string): string {
  const digest = createHash('sha256').update(email.toLowerCase()).digest();
  return BigInt(`0x${digest.subarray(0, 8).toString('hex')}`).toString().padStart(20, '0');
}

/** Each user's "My Drive" root folder id. */
export function rootFolderId(email: string): string {
  return `root-${createHash('sha256').update(email.toLowerCase()).digest('base64url').slice(0, 24)}`;
}

export function newNumericId(): string {
  return String(BigInt(`0x${randomBytes(7).toString('hex')}`));
}
