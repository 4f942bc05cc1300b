// A tiny HTTP client for the tests: one connection per request (agent: false), so no socket
// outlives a test.
import { request as httpRequest } from 'node:http';
import { buildPhpQuery } from '../../../../scripts/emulators/bitrix24/rest/phpQuery';

export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: unknown;
}

export interface SendOptions {
  method?: string;
  json?: unknown;
  form?: Record<string, unknown>;
  rawBody?: string;
  contentType?: string;
}

export function send(url: string, options: SendOptions = {}): Promise<HttpAnswer> {
  let body: string | undefined;
  let contentType = options.contentType;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    contentType ??= 'application/json';
  } else if (options.form !== undefined) {
    body = buildPhpQuery(options.form);
    contentType ??= 'application/x-www-form-urlencoded';
  } else if (options.rawBody !== undefined) {
    body = options.rawBody;
  }
  const method = options.method ?? (body === undefined ? 'GET' : 'POST');
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      {
        method,
        agent: false,
        headers: {
          Connection: 'close',
          ...(contentType !== undefined ? { 'Content-Type': contentType } : {}),
          ...(body !== undefined ? { 'Content-Length': Buffer.byteLength(body) } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown = undefined;
          try {
            json = JSON.parse(text);
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
