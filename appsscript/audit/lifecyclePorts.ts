import type { DriveSharingPort } from '../access/driveSharingPort';
import type { ReplacementPort } from '../annul/replacementPort';
import type { MailPort } from '../approval/mailPort';
import type { Bitrix24Rest } from '../bitrix24/bitrixRest';
import type { ClockPort } from '../platform/clockPort';
import type { LockPort } from '../platform/lockPort';
import type { LogPort } from '../platform/logPort';
import type { RegisterBookPort } from '../platform/registerBookPort';
import type { PdfPort } from '../printing/pdfPort';

/** Everything a lifecycle operation touches, passed in (Apps Script wiring: entry points in each feature folder). */
export interface LifecyclePorts {
  readonly book: RegisterBookPort;
  readonly lock: LockPort;
  readonly clock: ClockPort;
  readonly log: LogPort;
  readonly sharing: DriveSharingPort;
  readonly pdf: PdfPort;
  readonly mail: MailPort;
  /** null when Bitrix24 is not configured (timeline comments are then skipped with a warning). */
  readonly bitrix: Bitrix24Rest | null;
  /** null when re-issue is unavailable: an annulment then asks the manager to generate anew. */
  readonly replacement: ReplacementPort | null;
  /** The account Docflow's documents belong to: the script's effective user in the web app. */
  readonly owner: string;
}
