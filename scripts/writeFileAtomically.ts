import { renameSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Writes a whole file so that a reader sees either the old content or the new, never half of
 * it: the content goes to a temporary file beside the target (named for this process, so two
 * processes writing at once do not share one) and is renamed over it — rename(2) replaces the
 * target atomically on POSIX file systems. The temporary file ends in `.tmp`; on failure it is
 * removed and the error is thrown.
 */
export function writeFileAtomically(path: string, content: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
