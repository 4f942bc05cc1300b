/**
 * A loopback HTTP server that speaks just enough IPP for unit tests: it decodes each request
 * with the same library the bridge uses and answers with whatever the test's handler returns
 * (bytes, so a test can also answer with garbage).
 */
import { createServer, type IncomingMessage } from 'node:http';
import { parse, serialize } from '@sealsystems/ipp';

export interface IppRequestSeen {
  readonly operation: string;
  readonly id: number;
  readonly operationAttributes: Record<string, unknown>;
  readonly jobAttributes: Record<string, unknown>;
  readonly data: Buffer;
}

export type IppHandler = (request: IppRequestSeen) => Buffer | { status: number; body: Buffer } | 'hang';

export interface FakeIppServer {
  readonly uri: string;
  readonly requests: IppRequestSeen[];
  stop(): Promise<void>;
}

export function ippResponse(statusCode: string, id: number, groups: Readonly<Record<string, unknown>> = {}): Buffer {
  return serialize({
    version: '2.0',
    statusCode,
    id,
    'operation-attributes-tag': { 'attributes-charset': 'utf-8', 'attributes-natural-language': 'en' },
    ...groups,
  });
}

export function startFakeIppServer(handler: IppHandler): Promise<FakeIppServer> {
  const requests: IppRequestSeen[] = [];
  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const message = parse(body) as Record<string, unknown>;
    const seen: IppRequestSeen = {
      operation: String(message.operation),
      id: Number(message.id),
      operationAttributes: (message['operation-attributes-tag'] ?? {}) as Record<string, unknown>,
      jobAttributes: (message['job-attributes-tag'] ?? {}) as Record<string, unknown>,
      data: dataAfterAttributes(body),
    };
    requests.push(seen);
    const answer = handler(seen);
    if (answer === 'hang') return;
    const { status, body: responseBody } = Buffer.isBuffer(answer) ? { status: 200, body: answer } : answer;
    res.writeHead(status, { 'Content-Type': 'application/ipp' });
    res.end(responseBody);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      done({
        uri: `ipp://127.0.0.1:${port}/ipp/print`,
        requests,
        stop: () =>
          new Promise((closed) => {
            server.closeAllConnections();
            server.close(() => closed());
          }),
      });
    });
  });
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => done(Buffer.concat(chunks)));
  });
}

/** The document after the end-of-attributes tag (0x03), for Print-Job. */
function dataAfterAttributes(body: Buffer): Buffer {
  const pdf = body.indexOf('%PDF-');
  return pdf === -1 ? Buffer.alloc(0) : body.subarray(pdf);
}
