import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { Note, Reply, Request } from '../wire';

/**
 * The worker's synchronous line to the main thread: post a request, block on a shared flag until
 * the main thread has answered, then take the answer off the port. Apps Script code is synchronous;
 * this is what lets a service call that needs the main thread (or the network) look synchronous.
 */
export class SyncChannel {
  readonly #port: MessagePort;
  readonly #signal: Int32Array;

  constructor(port: MessagePort, signal: Int32Array) {
    this.#port = port;
    this.#signal = signal;
  }

  request(request: Request): Reply {
    Atomics.store(this.#signal, 0, 0);
    this.#port.postMessage(request);
    for (;;) {
      Atomics.wait(this.#signal, 0, 0, 1000);
      const message = receiveMessageOnPort(this.#port);
      if (message !== undefined) {
        Atomics.store(this.#signal, 0, 0);
        return message.message as Reply;
      }
    }
  }

  note(note: Note): void {
    this.#port.postMessage(note);
  }
}

/** Blocks this thread (Utilities.sleep): other executions keep running in their own threads. */
export function sleepSync(ms: number): void {
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
