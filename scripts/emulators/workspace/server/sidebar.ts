import type { IncomingMessage, ServerResponse } from 'node:http';
import { HtmlOutputValue } from '../runtime/label';
import type { LoadedScript } from '../runtime/host/scriptHost';
import { escapeHtml, readJson, sendHtml, sendJson } from './http';
import { injectShim, scriptRunShim } from './scriptRunShim';

/**
 * Return values cross to the page under google.script.run's rules: primitives, arrays and plain
 * objects; a Date or a function anywhere makes the whole value null; undefined becomes null.
 */
export function clientValue(value: unknown): unknown {
  const illegal = (v: unknown): boolean => v instanceof Date || typeof v === 'function' || (v !== null && typeof v === 'object' && Object.values(v).some(illegal));
  if (value === undefined || illegal(value)) return null;
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** GET /_workspace/ui/<file>?user=…&container=… — an HTML file evaluated as a template, with the shim. */
export async function serveSidebar(script: LoadedScript, res: ServerResponse, file: string, url: URL): Promise<void> {
  const user = url.searchParams.get('user') ?? '';
  const containerId = url.searchParams.get('container');
  if (!script.workspace.isUser(user)) {
    sendHtml(res, 400, `<!DOCTYPE html><p>Unknown user ${escapeHtml(user)}: pass ?user=&lt;e-mail of a workspace user&gt;</p>`);
    return;
  }
  const result = await script.execute('', [], { user, containerId, kind: 'ui', renderFile: file });
  if (!result.ok || !(result.value instanceof HtmlOutputValue)) {
    sendHtml(res, 404, `<!DOCTYPE html><p>${escapeHtml(result.error?.message ?? 'No page')}</p>`);
    return;
  }
  sendHtml(res, 200, injectShim(result.value.content, scriptRunShim(user, containerId)));
}

/**
 * POST /_workspace/run {function, args, user, containerId} — what google.script.run calls. Functions
 * whose names end with "_" are private and cannot be called from the client.
 */
export async function runServerFunction(script: LoadedScript, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readJson(req);
  const name = typeof body['function'] === 'string' ? body['function'] : '';
  const user = typeof body['user'] === 'string' ? body['user'] : '';
  const args = Array.isArray(body['args']) ? body['args'] : [];
  const containerId = typeof body['containerId'] === 'string' ? body['containerId'] : null;
  if (!script.workspace.isUser(user)) {
    sendJson(res, 400, { ok: false, error: { name: 'Error', message: `Unknown user ${user}` } });
    return;
  }
  if (name === '' || name.endsWith('_')) {
    sendJson(res, 200, { ok: false, error: { name: 'Exception', message: `Script function not found: ${name}` } });
    return;
  }
  const result = await script.execute(name, args, { user, containerId, kind: 'ui' });
  if (result.ok) sendJson(res, 200, { ok: true, value: clientValue(result.value) });
  else sendJson(res, 200, { ok: false, error: { name: result.error?.name ?? 'Error', message: result.error?.message ?? '' } });
}
