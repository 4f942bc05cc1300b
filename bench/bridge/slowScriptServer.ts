/**
 * The test suite's fake Apps Script (it verifies and signs every envelope with shared/protocol,
 * registers scans once per event key, serves index deltas) on an HTTP port, answering every
 * request only after `delayMs` — how a slow Google looks to the bridge.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { FakeScript } from '../../test/integration/bridge/helpers/fakeScript';
import { freePort } from '../../scripts/simulatedDevices/ippEvePrinter';
import { listenOnLoopback } from './listenOnLoopback';

export interface SlowScriptServer {
  readonly url: string;
  /** Milliseconds every answer waits before the script looks at the request; may change at any time. */
  delayMs: number;
  stop(): Promise<void>;
}

export async function startSlowScriptServer(script: FakeScript): Promise<SlowScriptServer> {
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const state = { delayMs: 0 };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const answer = (): void => {
        script.handle(Buffer.concat(chunks).toString('utf8')).then(
          (text) => {
            if (!response.destroyed) response.writeHead(200, { 'content-type': 'application/json' }).end(text);
          },
          () => response.destroy(),
        );
      };
      if (state.delayMs <= 0) return answer();
      const timer = setTimeout(() => {
        timers.delete(timer);
        answer();
      }, state.delayMs);
      timers.add(timer);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const port = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${port}/exec`,
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(value: number) {
      state.delayMs = value;
    },
    stop() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      return new Promise((closed) => server.close(() => closed()));
    },
  };
}

/** A loopback URL nobody listens on (a port the OS handed out and that was closed again): Google unreachable. */
export async function closedPortUrl(): Promise<string> {
  return `http://127.0.0.1:${await freePort()}/exec`;
}
