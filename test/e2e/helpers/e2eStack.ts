// Starts the local stack (`npm start`'s own code) in a fresh data folder for one test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseStackOptions } from '../../../scripts/localStack/stackOptions';
import { startLocalStack, type LocalStack } from '../../../scripts/localStack/startLocalStack';

export interface E2eStack {
  readonly stack: LocalStack;
  readonly registersId: string;
  /** Base URL of the Workspace emulator, ending with a slash. */
  readonly workspaceBase: string;
  stop(): Promise<void>;
}

export async function startE2eStack(name: string): Promise<E2eStack> {
  const dataDir = mkdtempSync(join(tmpdir(), `docflow-e2e-${name}-`));
  const options = parseStackOptions(['--data', dataDir]);
  if ('error' in options) throw new Error(options.error);
  const stack = await startLocalStack(options);
  const registersId = stack.workspace.properties.script.get('REGISTERS_SPREADSHEET_ID') ?? '';
  return {
    stack,
    registersId,
    workspaceBase: stack.urls.workspace.replace(/\/?$/, '/'),
    stop: async () => {
      await stack.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
