// Runs the office bridge as its own process, as it runs on the office PC (`tsx bridge/main.ts
// --config FILE`), and waits until its API answers.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freePort } from '../simulatedDevices/ippEvePrinter';

export interface BridgeProcess {
  readonly url: string;
  /** The kiosk page with pairing applied (visiting it sets the pairing cookie). */
  readonly kioskUrl: string;
  readonly pairingToken: string;
  log(): string;
  stop(): Promise<void>;
}

const BRIDGE_MAIN = resolve(__dirname, '..', '..', 'bridge', 'main.ts');

export async function startBridgeProcess(config: Record<string, unknown> & { pairingToken: string; dataDir: string }): Promise<BridgeProcess> {
  const port = await freePort();
  const full = { ...config, bind: { host: '127.0.0.1', port } };
  mkdirSync(config.dataDir, { recursive: true });
  const configPath = join(config.dataDir, 'bridge-config.json');
  writeFileSync(configPath, JSON.stringify(full, null, 2), { mode: 0o600 });
  const tsx = pathToFileURL(require.resolve('tsx')).href;
  const child: ChildProcess = spawn(process.execPath, ['--import', tsx, BRIDGE_MAIN, '--config', configPath], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const hard = setTimeout(() => child.kill('SIGKILL'), 25_000);
      await exited;
      clearTimeout(hard);
    }
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The bridge exited with code ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/api/state`, { headers: { authorization: `Bearer ${config.pairingToken}` } });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The bridge did not answer within 60 s:\n${output}`);
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  return {
    url,
    kioskUrl: `${url}/pair?token=${config.pairingToken}`,
    pairingToken: config.pairingToken,
    log: () => output,
    stop,
  };
}
