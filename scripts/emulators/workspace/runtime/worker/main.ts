// Entry of an execution worker. The main thread bundles this file with esbuild and starts it as an
// eval'd worker; each message starts one execution in a fresh V8 context.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { Script } from 'node:vm';
import type { ExecutionEnd, ExecutionStart } from '../wire';
import { Boundary } from './boundary';
import { SyncChannel } from './channel';
import { installGlobals } from './globals';
import { ScriptRealm } from './realm';
import { ExecutionLogLines } from './services/logger';

export interface WorkerSetup {
  code: string;
  codePath: string;
  codeDir: string;
  port: MessagePort;
  signal: SharedArrayBuffer;
  echoLogs: boolean;
}

const setup = workerData as WorkerSetup;
const compiled = new Script(setup.code, { filename: setup.codePath });
const channel = new SyncChannel(setup.port, new Int32Array(setup.signal));

async function execute(start: ExecutionStart): Promise<ExecutionEnd> {
  const log = new ExecutionLogLines(setup.echoLogs ? (line) => process.stdout.write(`[script] ${line}\n`) : null);
  try {
    const realm = new ScriptRealm(start.clockOffsetMs);
    const boundary = new Boundary(realm, channel);
    const services = installGlobals(realm, boundary, channel, start, setup.codeDir, log);
    compiled.runInContext(realm.context);
    let value: unknown;
    if (start.renderFile !== undefined) {
      value = services.html.createTemplateFromFile(start.renderFile).evaluate();
    } else {
      const fn = realm.getGlobal(start.functionName);
      if (typeof fn !== 'function') throw realm.error('Exception', `Script function not found: ${start.functionName}`);
      value = (fn as (...a: unknown[]) => unknown)(...start.args.map((a) => boundary.fromWire(a)));
      if (value !== null && typeof value === 'object' && typeof (value as { then?: unknown }).then === 'function') value = await value;
    }
    return { type: 'done', execId: start.execId, ok: true, value: boundary.toWire(value), logs: log.lines };
  } catch (error) {
    const e = error as { name?: unknown; message?: unknown; stack?: unknown };
    return {
      type: 'done',
      execId: start.execId,
      ok: false,
      error: {
        name: typeof e?.name === 'string' ? e.name : 'Error',
        message: typeof e?.message === 'string' ? e.message : String(error),
        stack: typeof e?.stack === 'string' ? e.stack : undefined,
      },
      logs: log.lines,
    };
  }
}

parentPort?.on('message', (start: ExecutionStart) => {
  void execute(start).then((end) => parentPort?.postMessage(end));
});
