import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of appsscript.json the emulator reads. */
export interface Manifest {
  timeZone: string;
  webapp: { executeAs: 'USER_DEPLOYING' | 'USER_ACCESSING'; access: string };
}

export function readManifest(codeDir: string, fallbackTimeZone: string): Manifest {
  const path = join(codeDir, 'appsscript.json');
  const raw = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Partial<Manifest> & { webapp?: Partial<Manifest['webapp']> }) : {};
  return {
    timeZone: raw.timeZone ?? fallbackTimeZone,
    webapp: { executeAs: raw.webapp?.executeAs ?? 'USER_DEPLOYING', access: raw.webapp?.access ?? 'ANYONE_ANONYMOUS' },
  };
}
