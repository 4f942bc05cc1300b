import { fail, ok, type Result } from '../../shared/result';
import type { DriveSharingPort } from '../access/driveSharingPort';
import { messageOf } from '../access/sharingErrors';

/**
 * Prefixes a file's title with `marker` (once). Drive refuses to rename a file under a read-only
 * content restriction, so an existing one is lifted first; the access policy that follows the
 * mark locks the file again. https://developers.google.com/drive/api/guides/file-locking
 * Returns the title before the change, so a failed annulment can put it back.
 */
export function markTitle(drive: DriveSharingPort, fileId: string, marker: string): Result<string, 'title_failed'> {
  try {
    const title = drive.title(fileId);
    if (title.startsWith(marker)) return ok(title);
    if (drive.snapshot(fileId).contentRestriction.readOnly) drive.execute(fileId, { op: 'clear_content_restriction' });
    drive.rename(fileId, `${marker}${title}`);
    return ok(title);
  } catch (error) {
    return fail('title_failed', messageOf(error));
  }
}
