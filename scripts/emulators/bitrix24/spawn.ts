// spawnBitrix24Emulator: runs the emulator in a child process (node --import tsx main.ts) and
// resolves once it prints its JSON line. Integration tests and the local stack use it, because
// the Workspace emulator's Apps Script makes synchronous HTTP calls that an in-process server
// could never answer. stop() ends the child (on SIGTERM it writes its state file, if any, then
// exits) and waits for it; the child also exits by itself when its parent goes away (its stdin
// closes).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import type { Bitrix24EmulatorOptions } from './options';

export interface SpawnBitrix24Options extends Omit<Bitrix24EmulatorOptions, 'clock' | 'seed' | 'webhookCode'> {
  /** An inline seed object; default: the demo seed (scripts/seed/demo.json) unless seedFile is given. */
  seed?: unknown;
  /** A seed JSON file. */
  seedFile?: string;
  /** Default: a random code. */
  webhookCode?: string;
  /** How long to wait for the JSON line; default 30000 ms. */
  startTimeoutMs?: number;
}

export interface SpawnedBitrix24Emulator {
  baseUrl: string;
  webhookUrl: string;
  applicationToken: string;
  /** 'state' when the data came from an existing `stateFile`, else 'seed'. */
  startedFrom: 'seed' | 'state';
  pid: number;
  stop(): Promise<void>;
}

const MAIN = join(__dirname, 'main.ts');

export function spawnBitrix24Emulator(options: SpawnBitrix24Options = {}): Promise<SpawnedBitrix24Emulator> {
  const { startTimeoutMs = 30_000, ...config } = options;
  const dir = mkdtempSync(join(tmpdir(), 'b24-emulator-'));
  const configPath = join(dir, 'config.json');
  writeFileSync(configPath, JSON.stringify(config));
  const tsxLoader = pathToFileURL(require.resolve('tsx')).href;
  const child = spawn(process.execPath, ['--import', tsxLoader, MAIN, '--config', configPath, '--stdin-lifeline'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-8000);
  });
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killTimer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(killTimer);
      }
      child.stdin.destroy();
      child.stdout.destroy();
      child.stderr.destroy();
      cleanup();
    })();
    return stopping;
  };

  return new Promise<SpawnedBitrix24Emulator>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    const timer = setTimeout(() => {
      void stop().then(() => reject(new Error(`Bitrix24 emulator did not start within ${startTimeoutMs} ms\n${stderr}`)));
    }, startTimeoutMs);
    const failStart = (message: string): void => {
      clearTimeout(timer);
      lines.close();
      void stop().then(() => reject(new Error(`${message}\n${stderr}`)));
    };
    const onError = (err: Error): void => failStart(`cannot start the Bitrix24 emulator: ${err.message}`);
    const onEarlyExit = (code: number | null): void => failStart(`Bitrix24 emulator exited with code ${String(code)} before it was ready`);
    child.once('error', onError);
    child.once('exit', onEarlyExit);
    lines.once('line', (line) => {
      clearTimeout(timer);
      child.off('error', onError);
      child.off('exit', onEarlyExit);
      lines.close();
      let ready: { baseUrl: string; webhookUrl: string; applicationToken: string; startedFrom: 'seed' | 'state' };
      try {
        ready = JSON.parse(line) as typeof ready;
      } catch {
        failStart(`unexpected first line from the Bitrix24 emulator: ${line}`);
        return;
      }
      resolve({ ...ready, pid: child.pid ?? -1, stop });
    });
  });
}
