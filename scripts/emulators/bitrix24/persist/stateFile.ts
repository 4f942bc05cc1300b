// The state file on disk: read once at start (missing = start from the seed; unreadable, not JSON or
// not a valid state = a clear error, and the file is left as it is), written whole each time.
// Writes go to a temporary file beside it and are renamed into place (rename replaces the target
// atomically on POSIX file systems, rename(2)), so a crash mid-write never leaves half a state.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fail, ok, type Result } from '../../../../shared/result';
import type { SavedState } from './savedState';
import { validateSavedState } from './validateSavedState';
import { writeFileAtomically } from '../../../writeFileAtomically';

export type StateFileError = 'unreadable_state' | 'invalid_state';

/** What to do about a bad file, said in every error. */
const startFreshHint = (path: string): string =>
  `Чтобы начать заново с данных seed, удалите файл ${path} (изменения сделок в нём будут потеряны) или укажите другой файл состояния.`;

/** The saved state, `null` when the file does not exist yet. */
export function readStateFile(path: string): Result<SavedState | null, StateFileError> {
  if (!existsSync(path)) return ok(null);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return fail('unreadable_state', `Не удалось прочитать файл состояния эмулятора Битрикс24 ${path}: ${(err as Error).message}\n${startFreshHint(path)}`);
  }
  const problem = (what: string): Result<never, StateFileError> =>
    fail('invalid_state', `Файл состояния эмулятора Битрикс24 ${path} повреждён или чужой, эмулятор не запущен: ${what}\n${startFreshHint(path)}`);
  if (text.trim() === '') return problem('файл пуст');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return problem(`это не корректный JSON (${(err as Error).message})`);
  }
  const checked = validateSavedState(parsed);
  if (checked.status === 'error') return problem(checked.detail.includes('\n') ? `\n${checked.detail}` : checked.detail);
  return ok(checked.response);
}

/** Writes `text` to `path` through a temporary file and a rename; creates the folder if needed. */
export function writeStateFile(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomically(path, text);
}
