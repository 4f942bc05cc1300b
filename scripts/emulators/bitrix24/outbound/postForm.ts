// One outbound POST, form-encoded, as the Bitrix24 event queue sends it. Redirects are not
// followed: an Apps Script web app answers a POST with 302 to googleusercontent.com, and the
// status is recorded as answered. Failures are not retried: "Bitrix24 will not resend anything"
// (api-reference/events/index.md, "Offline Events").
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface PostResult {
  /** HTTP status, or 0 when no answer came (connection refused, timeout, aborted). */
  status: number;
  response?: string;
  error?: string;
}

const RESPONSE_LIMIT = 4000;

export function postForm(url: string, body: string, timeoutMs: number, signal?: AbortSignal): Promise<PostResult> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve({ status: 0, error: `invalid URL ${url}` });
      return;
    }
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(
      target,
      {
        method: 'POST',
        agent: false, // one connection per delivery, closed after it: nothing stays open
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': Buffer.byteLength(body),
          'User-Agent': 'Bitrix24-Emulator',
          Connection: 'close',
        },
        timeout: timeoutMs,
        signal,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < RESPONSE_LIMIT) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, response: Buffer.concat(chunks).toString('utf8').slice(0, RESPONSE_LIMIT) }));
        res.on('error', (err) => resolve({ status: res.statusCode ?? 0, error: err.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', (err) => resolve({ status: 0, error: err.message }));
    req.end(body);
  });
}
