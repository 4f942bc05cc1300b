import type { IncomingMessage, ServerResponse } from 'node:http';
import { MIME } from '../context';
import { renderDocument } from '../documents';
import { dataValues, type SpreadsheetContent } from '../sheets/model';
import type { LoadedScript } from '../runtime/host/scriptHost';
import { runDueTriggers } from '../runtime/host/triggerRunner';
import { jsonSafe, readJson, send, sendHtml, sendJson } from './http';
import { sheetHtml } from './sheetHtml';

/**
 * The emulator's inspection and control endpoints under /_workspace (no sharing checks: they show
 * everything, as an administrator would see it). Returns false when the path is not one of them.
 */
export async function inspection(script: LoadedScript, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const ws = script.workspace;
  const path = url.pathname;
  const method = req.method ?? 'GET';
  if (method === 'GET' && path === '/_workspace/files') return reply(res, ws.files());
  if (method === 'GET' && path === '/_workspace/mail') return reply(res, ws.outbox.all());
  if (method === 'GET' && path === '/_workspace/calls') return reply(res, ws.calls.snapshot());
  if (method === 'POST' && path === '/_workspace/calls/reset') {
    ws.calls.reset();
    return reply(res, {});
  }
  if (path === '/_workspace/clock') {
    if (method === 'POST') {
      const body = await readJson(req);
      if (typeof body['set'] === 'string') ws.clock.set(new Date(body['set']));
      if (typeof body['advanceMs'] === 'number') ws.clock.advance(body['advanceMs']);
      ws.flush();
    }
    return reply(res, { now: ws.now().toISOString() });
  }
  if (method === 'GET' && path === '/_workspace/triggers') return reply(res, ws.triggers.all());
  if (method === 'POST' && path === '/_workspace/triggers/run') {
    const body = await readJson(req);
    return reply(res, { fired: await runDueTriggers(script, { all: body['all'] === true }) });
  }
  if (method === 'GET' && path === '/_workspace/ui-events') return reply(res, ws.ui.all());
  if (method === 'GET' && path === '/_workspace/executions') return reply(res, ws.executions.all());
  if (method === 'GET' && path === '/_workspace/properties') return reply(res, ws.properties.snapshot());

  const doc = /^\/_workspace\/docs\/([^/]+)\.(txt|html|pdf)$/.exec(path);
  if (method === 'GET' && doc !== null) {
    const [, id = '', format] = doc;
    const file = ws.drive.get(decodeURIComponent(id));
    if (file === undefined || file.mimeType !== MIME.document) return reply(res, { error: `No Google Doc ${id}` }, 404);
    if (format === 'txt') send(res, 200, 'text/plain; charset=utf-8', renderDocument.text(file.content));
    else if (format === 'html') sendHtml(res, 200, renderDocument.html(file.content, file.name));
    else send(res, 200, 'application/pdf', renderDocument.pdf(file.content));
    return true;
  }

  const sheet = /^\/_workspace\/sheets\/([^/]+)\/(.+)\.(json|html)$/.exec(path);
  if (method === 'GET' && sheet !== null) {
    const [, id = '', name = '', format] = sheet;
    const file = ws.drive.get(decodeURIComponent(id));
    if (file === undefined || file.mimeType !== MIME.spreadsheet) return reply(res, { error: `No spreadsheet ${id}` }, 404);
    const model = (file.content as SpreadsheetContent).sheets.find((s) => s.name === decodeURIComponent(name));
    if (model === undefined) return reply(res, { error: `No sheet named ${decodeURIComponent(name)}` }, 404);
    if (format === 'json') return reply(res, dataValues(model));
    sendHtml(res, 200, sheetHtml(`${file.name} — ${model.name}`, model));
    return true;
  }
  if (path.startsWith('/_workspace/')) return reply(res, { error: `No endpoint ${method} ${path}` }, 404);
  return false;
}

function reply(res: ServerResponse, value: unknown, status = 200): true {
  sendJson(res, status, jsonSafe(value));
  return true;
}
