import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { ExecutionEnd, ExecutionStart, Note, Reply, Request } from '../wire';
import { workerSource } from './workerSource';

/** What the pool needs from whoever runs an execution on a worker. */
export interface ExecutionHandler {
  request(request: Request): Reply | Promise<Reply>;
  note(note: Note): void;
}

interface Slot {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
  handler: ExecutionHandler | null;
  finish: ((end: ExecutionEnd) => void) | null;
}

export interface PoolOptions {
  code: string;
  codePath: string;
  codeDir: string;
  echoLogs: boolean;
  /** Apps Script runs at most 30 executions of a script at once; more wait their turn. */
  maxWorkers: number;
}

/**
 * Worker threads that run executions, one at a time each; a worker is reused for later executions
 * (each gets a fresh V8 context). The main thread answers their synchronous requests.
 */
export class WorkerPool {
  readonly #options: PoolOptions;
  readonly #idle: Slot[] = [];
  readonly #all = new Set<Slot>();
  readonly #waiting: ((slot: Slot) => void)[] = [];
  #closed = false;

  constructor(options: PoolOptions) {
    this.#options = options;
  }

  /** Runs one execution; resolves with its end, or with an error end if the worker dies or overruns. */
  async run(start: ExecutionStart, handler: ExecutionHandler, timeoutMs: number): Promise<ExecutionEnd> {
    const slot = await this.#take();
    slot.handler = handler;
    slot.worker.ref();
    return new Promise<ExecutionEnd>((resolve) => {
      const timer = setTimeout(() => {
        this.#discard(slot);
        resolve({ type: 'done', execId: start.execId, ok: false, error: { name: 'Exception', message: 'Exceeded maximum execution time' }, logs: [] });
      }, timeoutMs);
      slot.finish = (end) => {
        clearTimeout(timer);
        slot.handler = null;
        slot.finish = null;
        resolve(end);
        this.#release(slot);
      };
      slot.worker.postMessage(start);
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    const workers = [...this.#all].map((s) => s.worker.terminate());
    this.#all.clear();
    this.#idle.length = 0;
    await Promise.all(workers);
  }

  #take(): Promise<Slot> {
    if (this.#closed) return Promise.reject(new Error('The script has been closed'));
    const idle = this.#idle.pop();
    if (idle !== undefined) return Promise.resolve(idle);
    if (this.#all.size < this.#options.maxWorkers) return Promise.resolve(this.#spawn());
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  #release(slot: Slot): void {
    if (!this.#all.has(slot)) return;
    const next = this.#waiting.shift();
    if (next !== undefined) {
      next(slot);
      return;
    }
    slot.worker.unref();
    this.#idle.push(slot);
  }

  #discard(slot: Slot): void {
    this.#all.delete(slot);
    const index = this.#idle.indexOf(slot);
    if (index >= 0) this.#idle.splice(index, 1);
    void slot.worker.terminate();
    const next = this.#waiting.shift();
    if (next !== undefined && !this.#closed) next(this.#spawn());
  }

  #spawn(): Slot {
    const { port1, port2 } = new MessageChannel();
    const signalBuffer = new SharedArrayBuffer(4);
    const worker = new Worker(workerSource(), {
      eval: true,
      workerData: { code: this.#options.code, codePath: this.#options.codePath, codeDir: this.#options.codeDir, port: port2, signal: signalBuffer, echoLogs: this.#options.echoLogs },
      transferList: [port2],
    });
    const slot: Slot = { worker, port: port1, signal: new Int32Array(signalBuffer), handler: null, finish: null };
    port1.on('message', (message: Request | Note) => this.#onRequest(slot, message));
    // The worker itself keeps the process alive while it runs an execution; its port never should.
    port1.unref();
    worker.on('message', (end: ExecutionEnd) => slot.finish?.(end));
    worker.on('error', (error: Error) => {
      slot.finish?.({ type: 'done', execId: '', ok: false, error: { name: error.name, message: error.message, stack: error.stack }, logs: [] });
      this.#discard(slot);
    });
    worker.on('exit', (code) => {
      slot.finish?.({ type: 'done', execId: '', ok: false, error: { name: 'Error', message: `The execution's worker stopped (exit code ${code})` }, logs: [] });
      this.#all.delete(slot);
      const index = this.#idle.indexOf(slot);
      if (index >= 0) this.#idle.splice(index, 1);
    });
    this.#all.add(slot);
    return slot;
  }

  #onRequest(slot: Slot, message: Request | Note): void {
    const handler = slot.handler;
    if (message.t === 'count' || message.t === 'log') {
      handler?.note(message);
      return;
    }
    const answer = (reply: Reply): void => {
      slot.port.postMessage(reply);
      Atomics.store(slot.signal, 0, 1);
      Atomics.notify(slot.signal, 0);
    };
    if (handler === null) {
      answer({ ok: false, error: { name: 'Error', message: 'No execution is running on this worker' } });
      return;
    }
    let result: Reply | Promise<Reply>;
    try {
      result = handler.request(message);
    } catch (error) {
      result = { ok: false, error: { name: 'Error', message: String(error) } };
    }
    if (result instanceof Promise) {
      result.then(answer, (error: unknown) => answer({ ok: false, error: { name: 'Error', message: String(error) } }));
    } else answer(result);
  }
}
