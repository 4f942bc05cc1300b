import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface BridgeProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything the process wrote, for failure messages. */
  output(): string;
  /** kill -9 of the whole process group (tsx runs the bridge in a child of its own). */
  kill9(): Promise<void>;
  /** SIGTERM to the process (tsx forwards it to the bridge), as `kill PID` does; resolves with the exit code. */
  terminate(): Promise<number | null>;
}

const ROOT = resolve(__dirname, '../../../..');

/**
 * Starts the bridge exactly as the local stack and the systemd unit do — `tsx bridge/main.ts
 * --config FILE` — in its own process group, and resolves once it listens (its "bridge
 * listening" log line carries the URL).
 */
export function startBridgeProcess(configFile: string, timeoutMs = 30_000): Promise<BridgeProcess> {
  const child = spawn(process.execPath, [require.resolve('tsx/cli'), 'bridge/main.ts', '--config', configFile], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DOCFLOW_LOG_LEVEL: 'info' },
  });
  let output = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return new Promise((resolveStart, rejectStart) => {
    const timer = setTimeout(() => {
      killGroup(child, 'SIGKILL');
      rejectStart(new Error(`the bridge did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /"url":"(http:\/\/[^"]+)"[^\n]*"msg":"bridge listening"/.exec(output);
      if (match === null) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stdout?.on('data', (more: Buffer) => (output += more.toString()));
      resolveStart({
        url: match[1] ?? '',
        child,
        output: () => output,
        async kill9() {
          killGroup(child, 'SIGKILL');
          await exited;
        },
        async terminate() {
          child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then((code) => {
      clearTimeout(timer);
      rejectStart(new Error(`the bridge exited with code ${String(code)} before listening:\n${output}`));
    });
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}
