import type { MailPort } from '../approval/mailPort';
import type { Bitrix24Rest } from '../bitrix24/bitrixRest';
import type { ClockPort } from '../platform/clockPort';
import type { LockPort } from '../platform/lockPort';
import type { LogPort } from '../platform/logPort';
import type { PropertiesPort } from '../platform/propertiesPort';
import type { BucketCachePort } from './bucketCachePort';
import type { RegisterSheetsPort } from './sheetsPort';

/**
 * Everything the registers feature touches, passed in: Apps Script's implementation is
 * appsRegistersDeps.ts, the unit tests pass stubs.
 */
export interface RegistersDeps {
  readonly sheets: RegisterSheetsPort;
  readonly cache: BucketCachePort;
  readonly lock: LockPort;
  readonly clock: ClockPort;
  readonly log: LogPort;
  readonly properties: PropertiesPort;
  /** null when the Bitrix24 webhook is not configured: the CRM side is skipped with a warning. */
  readonly bitrix: Bitrix24Rest | null;
  readonly mail: MailPort;
  /** The account the script runs as: the documents' Drive owner and the sender of its e-mail. */
  readonly owner: string;
}

/** How long a register operation waits for another one holding the script lock. */
export const REGISTER_LOCK_MS = 30_000;
