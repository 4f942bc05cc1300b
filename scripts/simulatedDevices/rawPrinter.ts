/**
 * A raw TCP "printer" for the local stack and tests (AppSocket/JetDirect, what label printers listen on at port
 * 9100): every connection is one job; its bytes are captured when the client finishes
 * sending, then the printer closes the connection, as real ones do.
 */
import { createServer, type Socket } from 'node:net';

export interface RawPrinter {
  readonly port: number;
  /** Every completed job, in arrival order. */
  readonly jobs: Buffer[];
  /** Connections accepted so far (including broken ones). */
  connections(): number;
  /** Resolves once `count` jobs have been captured. */
  waitForJobs(count: number, timeoutMs?: number): Promise<Buffer[]>;
  stop(): Promise<void>;
}

export interface RawPrinterOptions {
  /** Listen on this port (default: one the OS picks). */
  readonly port?: number;
  /** Break the connection (RST) after this many bytes of a job, like a printer that crashes mid-job. */
  readonly resetAfterBytes?: number;
}

export function startRawPrinter(options: RawPrinterOptions = {}): Promise<RawPrinter> {
  const jobs: Buffer[] = [];
  const sockets = new Set<Socket>();
  const waiters: (() => void)[] = [];
  let connections = 0;

  const server = createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    const chunks: Buffer[] = [];
    let received = 0;
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      received += chunk.length;
      if (options.resetAfterBytes !== undefined && received >= options.resetAfterBytes) socket.resetAndDestroy();
    });
    socket.on('end', () => {
      jobs.push(Buffer.concat(chunks));
      socket.end();
      for (const wake of waiters.splice(0)) wake();
    });
  });

  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      done({
        port,
        jobs,
        connections: () => connections,
        waitForJobs(count, timeoutMs = 5000) {
          return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`raw printer received ${jobs.length} of ${count} jobs`)), timeoutMs);
            const check = () => {
              if (jobs.length >= count) {
                clearTimeout(timer);
                resolve(jobs.slice(0, count));
              } else {
                waiters.push(check);
              }
            };
            check();
          });
        },
        stop() {
          for (const socket of sockets) socket.destroy();
          return new Promise((closed) => server.close(() => closed()));
        },
      });
    });
  });
}
