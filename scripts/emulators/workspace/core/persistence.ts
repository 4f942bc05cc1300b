import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../../../writeFileAtomically';

/**
 * Writes the workspace to a data folder as JSON: state.json (Drive metadata, properties, triggers,
 * mail, clock) and content/<fileId>.json (one file's content). Writes go to a temporary file first
 * and are renamed into place, so a crash never leaves half a file.
 */
export class DataFolder {
  readonly #dir: string;

  constructor(dir: string) {
    this.#dir = dir;
    mkdirSync(join(dir, 'content'), { recursive: true });
  }

  readState<T>(): T | undefined {
    const path = join(this.#dir, 'state.json');
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
  }

  writeState(state: unknown): void {
    this.#write(join(this.#dir, 'state.json'), state);
  }

  readContent(fileId: string): unknown {
    const path = this.#contentPath(fileId);
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
  }

  writeContent(fileId: string, content: unknown): void {
    this.#write(this.#contentPath(fileId), content);
  }

  /** Removes content files of items that no longer exist. */
  pruneContent(keep: Set<string>): void {
    for (const name of readdirSync(join(this.#dir, 'content'))) {
      const id = decodeURIComponent(name.replace(/\.json$/, ''));
      if (!keep.has(id)) rmSync(join(this.#dir, 'content', name), { force: true });
    }
  }

  #contentPath(fileId: string): string {
    return join(this.#dir, 'content', `${encodeURIComponent(fileId)}.json`);
  }

  #write(path: string, value: unknown): void {
    writeFileAtomically(path, JSON.stringify(value));
  }
}
