import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { emailDomain } from '../drive/permissions';
import { HtmlOutputValue, TextOutputValue } from '../runtime/label';
import type { LoadedScript } from '../runtime/host/scriptHost';
import { CONTENT_MIME_TYPES } from '../runtime/worker/services/textOutput';
import { escapeHtml, readBody, send, sendHtml } from './http';
import { webAppEvent } from './webAppEvent';

export interface WebAppOptions {
  webAppId: string;
  deployer: string;
  /**
   * Apps Script answers ContentService output with a 302 to a one-time URL on
   * script.googleusercontent.com, where the content is served (a POST is followed by a GET).
   * The emulator does the same by default, redirecting to its own /macros/echo; false serves the
   * content directly.
   * https://developers.google.com/apps-script/reference/content/content-service
   */
  redirectContent: boolean;
}

/** Emulator-only request header naming the signed-in visitor; the script never sees it. */
export const USER_HEADER = 'x-workspace-user';

interface Echo {
  output: TextOutputValue;
  expires: number;
}

/** Serves /macros/s/<id>/exec (and /exec/<pathInfo>): one execution of doGet or doPost per request. */
export class WebApp {
  readonly #script: LoadedScript;
  readonly #options: WebAppOptions;
  readonly #echoes = new Map<string, Echo>();

  constructor(script: LoadedScript, options: WebAppOptions) {
    this.#script = script;
    this.#options = options;
  }

  matches(pathname: string): { pathInfo: string } | null {
    const prefix = `/macros/s/${this.#options.webAppId}/exec`;
    if (pathname === prefix) return { pathInfo: '' };
    if (pathname.startsWith(`${prefix}/`)) return { pathInfo: decodeURIComponent(pathname.slice(prefix.length + 1)) };
    return null;
  }

  /**
   * Who runs the request. executeAs USER_DEPLOYING: the deployer's authority; the visitor's e-mail is
   * visible only when the visitor is signed in and in the deployer's domain (else ''). USER_ACCESSING:
   * the signed-in visitor, who must be known.
   */
  #identity(req: IncomingMessage): { user: string; activeUser: string; effectiveUser: string } | null {
    const visitor = String(req.headers[USER_HEADER] ?? '').trim();
    const deployer = this.#options.deployer;
    if (this.#script.manifest.webapp.executeAs === 'USER_ACCESSING') {
      if (visitor === '' || !this.#script.workspace.isUser(visitor)) return null;
      return { user: visitor, activeUser: visitor, effectiveUser: visitor };
    }
    const sameDomain = visitor !== '' && emailDomain(visitor) === emailDomain(deployer);
    return { user: deployer, activeUser: sameDomain ? visitor : '', effectiveUser: deployer };
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL, pathInfo: string): Promise<void> {
    const method = req.method === 'POST' ? 'POST' : 'GET';
    const body = method === 'POST' ? await readBody(req) : null;
    const identity = this.#identity(req);
    if (identity === null) {
      sendHtml(res, 401, '<!DOCTYPE html><title>Sign in</title><p>This web app executes as the user accessing it: sign in (emulator header X-Workspace-User).</p>');
      return;
    }
    const event = webAppEvent(url, method, body, req.headers['content-type'], pathInfo);
    const result = await this.#script.execute(method === 'POST' ? 'doPost' : 'doGet', [event], { ...identity, kind: 'webapp' });
    if (!result.ok) {
      const message = `${result.error?.name ?? 'Error'}: ${result.error?.message ?? ''}`;
      sendHtml(res, 500, `<!DOCTYPE html><title>Error</title><div style="font-family:sans-serif">${escapeHtml(message)}</div>`);
      return;
    }
    const value = result.value;
    if (value instanceof HtmlOutputValue) {
      sendHtml(res, 200, value.content);
      return;
    }
    if (value instanceof TextOutputValue) {
      if (!this.#options.redirectContent) {
        this.#serveText(res, value);
        return;
      }
      const key = randomBytes(24).toString('base64url');
      this.#prune();
      this.#echoes.set(key, { output: value, expires: Date.now() + 60_000 });
      res.writeHead(302, { Location: `/macros/echo?user_content_key=${key}`, 'Content-Length': '0' });
      res.end();
      return;
    }
    sendHtml(res, 200, '<!DOCTYPE html><title>Docflow</title><div style="font-family:sans-serif">The script completed but did not return anything.</div>');
  }

  /** GET /macros/echo?user_content_key=… — the redirect's target. */
  echo(res: ServerResponse, url: URL): void {
    const entry = this.#echoes.get(url.searchParams.get('user_content_key') ?? '');
    if (entry === undefined || entry.expires < Date.now()) {
      sendHtml(res, 404, '<!DOCTYPE html><p>Sorry, unable to open the file at this time.</p>');
      return;
    }
    this.#serveText(res, entry.output);
  }

  #serveText(res: ServerResponse, output: TextOutputValue): void {
    const type = CONTENT_MIME_TYPES[output.mimeType] ?? 'text/plain';
    const headers: Record<string, string> = output.fileName === null ? {} : { 'Content-Disposition': `attachment; filename="${output.fileName}"` };
    send(res, 200, `${type}; charset=utf-8`, output.content, headers);
  }

  #prune(): void {
    const now = Date.now();
    for (const [key, echo] of this.#echoes) if (echo.expires < now) this.#echoes.delete(key);
  }
}
