import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkspace, type WorkspaceOptions } from '../../../scripts/emulators/workspace/workspace';

/** The hand-written Apps Script project the emulator's tests run (fixture/Code.js). */
export const FIXTURE_CODE = join(__dirname, 'fixture', 'Code.js');

export const OWNER = 'owner@docflow.test';
export const EDITOR = 'editor@docflow.test';
export const READER = 'reader@docflow.test';
export const OUTSIDER = 'outsider@docflow.test';
export const USERS = [OWNER, EDITOR, READER, OUTSIDER];

export function newWorkspace(options: Partial<WorkspaceOptions> = {}): ReturnType<typeof createWorkspace> {
  return createWorkspace({ users: USERS, ...options });
}

export function tempDir(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'workspace-emulator-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** The rejection of a script run, as { name, message }. */
export async function failure(promise: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    const e = error as Error;
    return { name: e.name, message: e.message };
  }
  throw new Error('Expected the execution to fail, but it succeeded');
}
