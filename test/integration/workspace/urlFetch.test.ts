// UrlFetchApp makes real HTTP requests, synchronously for the script: the execution's worker thread
// waits while the main thread does the request. Behaviour per
// https://developers.google.com/apps-script/reference/url-fetch/url-fetch-app#fetch(String,Object):
// an object payload is sent form-encoded; without muteHttpExceptions a status ≥ 400 throws
// "Request failed for <scheme://host> returned code N. Truncated server response: … (use
// muteHttpExceptions option to examine full response)"; redirects are followed unless followRedirects is false.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadScript, type LoadedScript } from '../../../scripts/emulators/workspace/runtime/host/scriptHost';
import { failure, FIXTURE_CODE, newWorkspace, OWNER } from './helpers';

interface Seen {
  method: string;
  url: string;
  contentType: string;
  userAgent: string;
  authorization: string;
  body: string;
}

describe('UrlFetchApp', () => {
  let server: Server;
  let base: string;
  let script: LoadedScript;
  const seen: Seen[] = [];
  const run = (fn: string, ...args: unknown[]): Promise<unknown> => script.run(fn, args, { user: OWNER });

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        seen.push({
          method: req.method ?? '',
          url: req.url ?? '',
          contentType: req.headers['content-type'] ?? '',
          userAgent: req.headers['user-agent'] ?? '',
          authorization: req.headers['authorization'] ?? '',
          body: Buffer.concat(chunks).toString('utf8'),
        });
        if (req.url === '/secret') {
          res.writeHead(401, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ error: 'unauthorized', error_description: 'Неверный ключ' }));
        } else if (req.url === '/moved') {
          res.writeHead(302, { Location: '/hello' });
          res.end();
        } else {
          res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Request-Id': 'r-1' });
          res.end(`привет ${req.method ?? ''}`);
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    script = loadScript(newWorkspace(), FIXTURE_CODE);
  });

  afterAll(async () => {
    await script.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  beforeEach(() => {
    seen.length = 0;
  });

  it('makes a real GET and returns code, text and headers as the server sent them', async () => {
    await expect(run('fetchText', `${base}/hello`)).resolves.toEqual({
      code: 200,
      text: 'привет GET',
      headers: expect.objectContaining({ 'X-Request-Id': 'r-1', 'Content-Type': 'text/plain; charset=utf-8' }),
    });
    expect(seen[0]?.userAgent).toContain('Google-Apps-Script');
  });

  it('sends an object payload form-encoded, as Apps Script does', async () => {
    await run('fetchText', `${base}/form`, { method: 'post', payload: { deal: 'DEAL_7', note: 'да нет' } });
    expect(seen[0]).toMatchObject({ method: 'POST', contentType: 'application/x-www-form-urlencoded', body: 'deal=DEAL_7&note=%D0%B4%D0%B0+%D0%BD%D0%B5%D1%82' });
  });

  it('sends a string payload as is, with its content type and headers', async () => {
    await run('fetchText', `${base}/json`, { method: 'post', contentType: 'application/json', payload: '{"a":1}', headers: { Authorization: 'Bearer t' } });
    expect(seen[0]).toMatchObject({ contentType: 'application/json', body: '{"a":1}', authorization: 'Bearer t' });
  });

  it('throws on a status of 400 or more unless muteHttpExceptions is set', async () => {
    expect(await failure(run('fetchText', `${base}/secret`))).toEqual({
      name: 'Exception',
      message: `Request failed for ${base} returned code 401. Truncated server response: {"error":"unauthorized","error_description":"Неверный ключ"} (use muteHttpExceptions option to examine full response)`,
    });
    await expect(run('fetchText', `${base}/secret`, { muteHttpExceptions: true })).resolves.toMatchObject({ code: 401, text: expect.stringContaining('unauthorized') });
  });

  it('follows redirects unless told not to', async () => {
    await expect(run('fetchText', `${base}/moved`)).resolves.toMatchObject({ code: 200, text: 'привет GET' });
    await expect(run('fetchText', `${base}/moved`, { followRedirects: false })).resolves.toMatchObject({ code: 302, headers: expect.objectContaining({ Location: '/hello' }) });
  });

  it('runs fetchAll requests and returns responses in order', async () => {
    await expect(run('fetchBoth', [`${base}/a`, { url: `${base}/secret`, muteHttpExceptions: true }])).resolves.toEqual([200, 401]);
  });

  it('reports an unreachable address', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await failure(run('fetchText', url))).toEqual({ name: 'Exception', message: `Address unavailable: ${url}` });
  });
});
