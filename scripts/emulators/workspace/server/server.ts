import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadScript, type LoadedScript, type LoadScriptOptions } from '../runtime/host/scriptHost';
import type { Workspace } from '../workspace';
import { sendJson } from './http';
import { inspection } from './inspection';
import { runServerFunction, serveSidebar } from './sidebar';
import { WebApp } from './webApp';

export interface WorkspaceServerOptions extends LoadScriptOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** The built bundle, dist/appsscript/Code.js. */
  codePath: string;
  /** Who deployed the web app: with executeAs USER_DEPLOYING, every request runs with this user's authority. */
  deployer: string;
  /** The deployment id in /macros/s/<webAppId>/exec. */
  webAppId: string;
  /** Redirect ContentService answers through /macros/echo like the real platform (default true). */
  redirectContent?: boolean;
}

export interface WorkspaceServer {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** The web app's exec URL. */
  readonly webAppUrl: string;
  readonly script: LoadedScript;
  close(): Promise<void>;
}

/**
 * Serves the loaded bundle like a deployed web app (GET/POST /macros/s/<id>/exec), sidebar pages
 * with a google.script.run shim (/_workspace/ui/<file>, POST /_workspace/run), and the inspection
 * endpoints (/_workspace/...). Documented in docs/workspace-emulator.md.
 */
export async function startWorkspaceServer(workspace: Workspace, options: WorkspaceServerOptions): Promise<WorkspaceServer> {
  const script = loadScript(workspace, options.codePath, options);
  const webApp = new WebApp(script, { webAppId: options.webAppId, deployer: options.deployer, redirectContent: options.redirectContent !== false });
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = async (): Promise<void> => {
      const exec = webApp.matches(url.pathname);
      if (exec !== null && (req.method === 'GET' || req.method === 'POST')) return webApp.handle(req, res, url, exec.pathInfo);
      if (req.method === 'GET' && url.pathname === '/macros/echo') return webApp.echo(res, url);
      const ui = /^\/_workspace\/ui\/([^/]+)$/.exec(url.pathname);
      if (req.method === 'GET' && ui !== null) return serveSidebar(script, res, decodeURIComponent(ui[1] ?? ''), url);
      if (req.method === 'POST' && url.pathname === '/_workspace/run') return runServerFunction(script, req, res);
      if (await inspection(script, req, res, url)) return;
      sendJson(res, 404, { error: `No route ${req.method ?? ''} ${url.pathname}` });
    };
    route().catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  const webAppUrl = `${url}/macros/s/${options.webAppId}/exec`;
  workspace.webAppUrl = webAppUrl;
  return {
    url,
    webAppUrl,
    script,
    async close(): Promise<void> {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await script.close();
      workspace.webAppUrl = null;
      workspace.flush();
    },
  };
}
