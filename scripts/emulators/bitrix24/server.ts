// startBitrix24Emulator: the emulator as a real HTTP server on loopback.
//   /rest/<user>/<code>/<method>[.json]  the REST API (GET or POST; JSON or form bodies)
//   /_emulator/…                          the control API
// In tests and in the local stack it runs in its own process (spawnBitrix24Emulator), because the
// emulated Apps Script calls it with synchronous HTTP from the Workspace emulator's thread.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { answerControl } from './control/controlApi';
import { createEmulatorCore, type EmulatorCore } from './core';
import { readBody, sendJson } from './http/httpIo';
import { restParams } from './http/restParams';
import type { Bitrix24EmulatorOptions, RunningBitrix24Emulator } from './options';
import { loadStartingPoint } from './persist/initialState';
import { captureState } from './persist/savedState';
import { StateSaver } from './persist/stateSaver';
import { answerRest } from './rest/restApi';

export async function startBitrix24Emulator(options: Bitrix24EmulatorOptions): Promise<RunningBitrix24Emulator> {
  if (typeof options.webhookCode !== 'string' || !/^[A-Za-z0-9_-]+$/.test(options.webhookCode)) {
    throw new Error('webhookCode must be a non-empty string of letters, digits, "_" or "-"');
  }
  const stateFile = options.stateFile === undefined ? null : resolve(options.stateFile);
  const { initial, startedFrom } = loadStartingPoint(options, stateFile);
  const core = createEmulatorCore(options, initial);
  for (const init of options.handlers ?? []) {
    const added = core.automation.addHandler(init);
    if (typeof added === 'string') throw new Error(`handlers option: ${added}`);
  }
  for (const init of options.robots ?? []) {
    const added = core.automation.addRobot(init);
    if (typeof added === 'string') throw new Error(`robots option: ${added}`);
  }

  // Written once now, so a fresh start leaves a file to restart from and an unwritable path fails
  // the start rather than the first change.
  const saver =
    stateFile === null
      ? null
      : new StateSaver({ path: stateFile, serialize: () => JSON.stringify(captureState(core), null, 2), delayMs: options.stateSaveDelayMs });
  saver?.flush();

  const server = createServer((req, res) => {
    handle(req, res, core, () => saver?.changed()).catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: 'INTERNAL_SERVER_ERROR', error_description: (err as Error).message });
      else res.destroy();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const hostForUrl = host.includes(':') ? `[${host}]` : host;
  const baseUrl = `http://${hostForUrl}:${port}`;
  core.portal.clientEndpoint = `${baseUrl}/rest/`;
  if (core.portal.domain === '') core.portal.domain = `${hostForUrl}:${port}`;

  let closing: Promise<void> | null = null;
  return {
    baseUrl,
    webhookUrl: `${baseUrl}/rest/${core.webhookUser}/${core.webhookCode}/`,
    applicationToken: core.portal.applicationToken,
    startedFrom,
    close: () => {
      closing ??= new Promise<void>((done) => {
        core.effects.stop();
        server.close(() => done());
        server.closeAllConnections();
      })
        .then(() => core.effects.idle())
        .then(() => saver?.flush());
      return closing;
    },
  };
}

/** `changed` is called after every request that may have changed the state (REST calls, control writes). */
async function handle(req: IncomingMessage, res: ServerResponse, core: EmulatorCore, changed: () => void): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://emulator');
  const body = await readBody(req);
  if (url.pathname.startsWith('/rest/')) {
    const parsed = restParams(url.search.slice(1), req.headers['content-type'], body);
    if ('problem' in parsed) {
      sendJson(res, 400, { error: 'INVALID_REQUEST_BODY', error_description: parsed.problem });
      return;
    }
    const answer = answerRest(url.pathname.slice('/rest/'.length), parsed.params, core.restDeps());
    changed();
    sendJson(res, answer.status, answer.body);
    return;
  }
  if (url.pathname.startsWith('/_emulator/')) {
    let json: unknown = undefined;
    if (body.length > 0) {
      try {
        json = JSON.parse(body.toString('utf8'));
      } catch (err) {
        sendJson(res, 400, { error: 'BAD_REQUEST', error_description: `body is not JSON: ${(err as Error).message}` });
        return;
      }
    }
    const answer = await answerControl(req.method ?? 'GET', url.pathname.slice('/_emulator/'.length), json, core);
    if (req.method !== 'GET') changed();
    sendJson(res, answer.status, answer.body);
    return;
  }
  sendJson(res, 404, { error: 'NOT_FOUND', error_description: `nothing at ${url.pathname}: use /rest/<user>/<code>/<method> or /_emulator/…` });
}
