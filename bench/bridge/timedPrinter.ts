/**
 * A raw TCP 9100 label "printer" that, unlike the test capture (scripts/simulatedDevices/
 * rawPrinter.ts), notes when each job's last byte arrived: the end of what the bench times.
 * Every connection is one job; its bytes are complete when the client finishes sending (FIN),
 * and the arrival time is that of the last data chunk (performance.now(), the same clock the
 * bench starts its timer with, since both run in this process).
 */
import { createServer, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { listenOnLoopback } from './listenOnLoopback';

export interface TimedJob {
  readonly bytes: Buffer;
  /** performance.now() when the job's last byte was read from the socket. */
  readonly lastByteAt: number;
}

export interface TimedPrinter {
  readonly port: number;
  readonly jobs: TimedJob[];
  /** Resolves with the job at this position (0-based, arrival order) once it has arrived. */
  job(position: number, timeoutMs?: number): Promise<TimedJob>;
  stop(): Promise<void>;
}

export async function startTimedPrinter(): Promise<TimedPrinter> {
  const jobs: TimedJob[] = [];
  const sockets = new Set<Socket>();
  let waiters: (() => void)[] = [];

  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    const chunks: Buffer[] = [];
    let lastByteAt = 0;
    socket.on('data', (chunk: Buffer) => {
      lastByteAt = performance.now();
      chunks.push(chunk);
    });
    socket.on('end', () => {
      jobs.push({ bytes: Buffer.concat(chunks), lastByteAt });
      socket.end();
      const woken = waiters;
      waiters = [];
      for (const wake of woken) wake();
    });
  });

  const port = await listenOnLoopback(server);
  return {
    port,
    jobs,
    job(position, timeoutMs = 10_000) {
      return new Promise((found, missing) => {
        const timer = setTimeout(() => missing(new Error(`the printer received ${jobs.length} jobs, waited for job ${position + 1}`)), timeoutMs);
        const check = (): void => {
          const job = jobs[position];
          if (job === undefined) return void waiters.push(check);
          clearTimeout(timer);
          found(job);
        };
        check();
      });
    },
    stop() {
      for (const socket of sockets) socket.destroy();
      return new Promise((closed) => server.close(() => closed()));
    },
  };
}
