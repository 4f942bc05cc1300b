/**
 * The least a program can do for the same job: an HTTP endpoint that reads `{ code }`, looks up
 * the label bytes for that code (the very ZPL the bridge sent for it) and writes them to the
 * label printer on a fresh TCP connection, as the bridge does. No parsing, no index, no SQLite,
 * no drawing: what is left is the cost of the HTTP request and the socket, the floor the
 * bridge's figures are divided by.
 */
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { listenOnLoopback } from './listenOnLoopback';

export interface BaselineProgram {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startBaselineProgram(labels: ReadonlyMap<string, Buffer>, printerPort: number): Promise<BaselineProgram> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const { code } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { code: string };
      const bytes = labels.get(code);
      if (bytes === undefined) return void response.writeHead(404).end();
      const socket = connect(printerPort, '127.0.0.1', () => socket.end(bytes));
      socket.on('error', () => undefined);
      socket.resume();
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"success"}');
    });
  });
  const port = await listenOnLoopback(server);
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => {
      server.closeAllConnections();
      return new Promise((closed) => server.close(() => closed()));
    },
  };
}
