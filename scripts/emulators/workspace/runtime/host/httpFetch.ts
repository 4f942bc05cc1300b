import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { FetchRequest, FetchResponse } from '../wire';

// UrlFetchApp's HTTP, done asynchronously on the main thread while the execution's worker waits.
// Apps Script gives a fetch about 60 seconds; redirects are followed unless followRedirects=false.
const TIMEOUT_MS = 60_000;
const MAX_REDIRECTS = 10;

function once(req: FetchRequest, url: URL): Promise<{ res: IncomingMessage; body: Uint8Array }> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const headers: Record<string, string> = { ...req.headers };
    if (req.body !== null) headers['Content-Length'] = String(req.body.length);
    const r = send(url, { method: req.method, headers, rejectUnauthorized: req.validateHttpsCertificates, timeout: TIMEOUT_MS }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ res, body: new Uint8Array(Buffer.concat(chunks)) }));
      res.on('error', reject);
    });
    r.on('timeout', () => r.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    r.on('error', reject);
    if (req.body !== null && req.method !== 'GET') r.write(req.body);
    r.end();
  });
}

/** Response headers with the server's own capitalisation, repeated headers as arrays. */
function rawHeaders(res: IncomingMessage): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) {
    const name = res.rawHeaders[i] as string;
    const value = res.rawHeaders[i + 1] as string;
    const existing = Object.keys(out).find((k) => k.toLowerCase() === name.toLowerCase());
    if (existing === undefined) out[name] = value;
    else {
      const prev = out[existing] as string | string[];
      out[existing] = Array.isArray(prev) ? [...prev, value] : [prev, value];
    }
  }
  return out;
}

export async function fetchOne(req: FetchRequest): Promise<FetchResponse> {
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    return { status: 0, headers: {}, body: new Uint8Array(), error: `Invalid argument: ${req.url}` };
  }
  let current = req;
  for (let hop = 0; ; hop += 1) {
    try {
      const { res, body } = await once(current, url);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (current.followRedirects && status >= 300 && status < 400 && location !== undefined && hop < MAX_REDIRECTS) {
        url = new URL(location, url);
        // 301/302/303 turn into GET without a body; 307/308 repeat the request.
        if (status <= 303) current = { ...current, method: 'GET', body: null };
        continue;
      }
      return { status, headers: rawHeaders(res), body };
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      const message =
        code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? `DNS error: ${req.url}` : code === 'ETIMEDOUT' ? `Timeout: ${req.url}` : `Address unavailable: ${req.url}`;
      return { status: 0, headers: {}, body: new Uint8Array(), error: message };
    }
  }
}

export function fetchAll(requests: FetchRequest[]): Promise<FetchResponse[]> {
  return Promise.all(requests.map(fetchOne));
}
