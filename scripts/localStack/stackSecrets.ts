import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The secrets the local stack shares between the emulated Bitrix24, the script and the bridge. */
export interface StackSecrets {
  robotSecret: string;
  applicationToken: string;
  bridgeSecret: string;
  webhookCode: string;
  /** The kiosk's pairing token (the bridge accepts nothing without it). */
  pairingToken: string;
}

/**
 * Reads the stack's secrets from the data folder, creating them on the first run, so that the
 * Script Properties kept by the emulated Workspace stay valid across restarts.
 */
export function loadStackSecrets(dataDir: string): StackSecrets {
  const file = join(dataDir, 'stack-secrets.json');
  const saved = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<StackSecrets>) : {};
  const secret = (bytes: number): string => randomBytes(bytes).toString('hex');
  // Secrets missing from an older data folder are made now; existing ones are kept.
  const secrets: StackSecrets = {
    robotSecret: saved.robotSecret ?? secret(16),
    applicationToken: saved.applicationToken ?? secret(16),
    bridgeSecret: saved.bridgeSecret ?? secret(32),
    webhookCode: saved.webhookCode ?? secret(8),
    pairingToken: saved.pairingToken ?? secret(24),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
