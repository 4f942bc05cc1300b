import type { AccessOperation, DriveAccessSnapshot } from '../../shared/lifecycle';

/**
 * Drive sharing as the access policy needs it: read a file's permissions and content
 * restriction, then change them one operation at a time. The Apps Script implementation is
 * appsDriveSharing.ts (Drive API v3 advanced service); tests pass an in-memory Drive.
 */
export interface DriveSharingPort {
  /** permissions.list (with e-mails and discovery) and files.get contentRestrictions. */
  snapshot(fileId: string): DriveAccessSnapshot;
  /** One operation of planAccessReconciliation's plan; throws what Drive throws. */
  execute(fileId: string, operation: AccessOperation): void;
  /** The file's title (Drive `name`). */
  title(fileId: string): string;
  /** Renames the file; Drive refuses while a read-only content restriction is on. */
  rename(fileId: string, title: string): void;
}
