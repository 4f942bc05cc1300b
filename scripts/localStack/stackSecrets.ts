import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The secrets the local stack shares between the emulated Bitrix24, the script and the bridge. */
export interface StackSecrets {
  robotSecret: string;
  applicationToken: string;
  bridgeSecret: string;
  webhookCode: string;
}

/**
 * Reads the stack's secrets from the data folder, creating them on the first run, so that the
 * Script Properties kept by the emulated Workspace stay valid across restarts.
 */
export function loadStackSecrets(dataDir: string): StackSecrets {
  const file = join(dataDir, 'stack-secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as StackSecrets;
  mkdirSync(dataDir, { recursive: true });
  const secret = (bytes: number): string => randomBytes(bytes).toString('hex');
  const secrets: StackSecrets = {
    robotSecret: secret(16),
    applicationToken: secret(16),
    bridgeSecret: secret(32),
    webhookCode: secret(8),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
