// A local HTTP server that records every request it gets (the product's web app stands here),
// answering with a configurable status.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parsePhpQuery, type PhpValue } from '../../../../scripts/emulators/bitrix24/rest/phpQuery';

export interface CapturedRequest {
  method: string;
  /** Path and query as received. */
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  /** The body parsed as PHP would parse a form. */
  form: Record<string, PhpValue>;
}

export interface CaptureServer {
  url: string;
  requests: CapturedRequest[];
  /** Answer the next requests with this status (and Location for redirects). */
  answerWith(status: number, location?: string): void;
  /** Runs while a request is being answered, before the answer is sent. */
  onRequest(handler: (request: CapturedRequest) => Promise<void> | void): void;
  close(): Promise<void>;
}

export async function startCaptureServer(): Promise<CaptureServer> {
  let status = 200;
  let location: string | undefined;
  let hook: (request: CapturedRequest) => Promise<void> | void = () => undefined;
  const requests: CapturedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const captured: CapturedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, form: parsePhpQuery(body) };
      requests.push(captured);
      void Promise.resolve(hook(captured)).then(() => {
        res.writeHead(status, { 'Content-Type': 'text/plain', Connection: 'close', ...(location !== undefined ? { Location: location } : {}) });
        res.end(status >= 300 && status < 400 ? '' : 'OK');
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answerWith(nextStatus, nextLocation) {
      status = nextStatus;
      location = nextLocation;
    },
    onRequest(handler) {
      hook = handler;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
