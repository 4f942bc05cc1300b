// The landing page of the local stack: what runs, the deals with a control to move each one to
// any stage, the emulated Drive with documents rendered, the registers, and the sent mail. It
// reads the emulators' inspection and control endpoints through a small same-origin JSON API.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DOCUMENTS_REGISTER } from '../../../shared/registers';
import { readBody, sendHtml, sendJson } from '../../emulators/workspace/server/http';

export interface LandingOptions {
  port: number;
  bitrix24: string;
  workspace: string;
  registersSpreadsheetId: string;
  stages: Readonly<Record<string, string>>;
  /** Extra links shown under "Что запущено" (the kiosk, label previews), added as they exist. */
  links?: Readonly<Record<string, string>>;
  /** The office bridge, for "scanning" from the landing page. */
  bridge: { url: string; pairingToken: string };
  /** The label jobs the simulated label printer received. */
  labels: () => Promise<unknown[]>;
  /** The registers spreadsheet's sheet names, in order. */
  sheetNames: () => string[];
  /** The demo people, for "open the card as …" links. */
  people: readonly string[];
}

export interface LandingServer {
  readonly url: string;
  close(): Promise<void>;
}

const MAX_BODY = 16 * 1024;

export async function startLandingServer(options: LandingOptions): Promise<LandingServer> {
  const page = readFileSync(join(__dirname, 'landing.html'), 'utf8');
  const server = createServer((req, res) => {
    handle(req, res, options, page).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 502, { error: error instanceof Error ? error.message : String(error) });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: LandingOptions, page: string): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'GET' && url.pathname === '/') {
    sendHtml(res, 200, page);
    return;
  }
  if (req.method === 'GET' && url.pathname === '/api/overview') {
    const [bitrix, files, mail] = await Promise.all([
      getJson(`${options.bitrix24}/_emulator/state`),
      getJson(`${options.workspace}/_workspace/files`),
      getJson(`${options.workspace}/_workspace/mail`),
    ]);
    sendJson(res, 200, {
      links: { bitrix24: options.bitrix24, workspace: options.workspace, ...options.links },
      workspace: options.workspace,
      registersSpreadsheetId: options.registersSpreadsheetId,
      sheetNames: options.sheetNames(),
      people: options.people,
      stages: options.stages,
      bitrix,
      files,
      mail,
    });
    return;
  }
  if (req.method === 'GET' && url.pathname === '/api/documents') {
    sendJson(res, 200, await registeredDocuments(options));
    return;
  }
  if (req.method === 'GET' && url.pathname === '/labels') {
    sendJson(res, 200, await options.labels());
    return;
  }
  if (req.method === 'POST' && url.pathname === '/api/scan') {
    // A simulated scan: the same API the kiosk page uses for keyboard-wedge scans.
    const answer = await fetch(`${options.bridge.url}/api/scan`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.bridge.pairingToken}` },
      body: (await readBody(req, MAX_BODY)).toString('utf8'),
    });
    res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(await answer.text());
    return;
  }
  const move = /^\/api\/deals\/(\d+)\/stage$/.exec(url.pathname);
  if (req.method === 'POST' && move) {
    const answer = await fetch(`${options.bitrix24}/_emulator/deals/${move[1]}/stage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: (await readBody(req, MAX_BODY)).toString('utf8'),
    });
    res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(await answer.text());
    return;
  }
  sendJson(res, 404, { error: `Нет такой страницы: ${url.pathname}` });
}

/** The Documents register as the landing page lists it: what can be scanned at the mail desk. */
async function registeredDocuments(options: LandingOptions): Promise<{ payload: string; title: string; status: string }[]> {
  const sheet = encodeURIComponent(DOCUMENTS_REGISTER.sheetName);
  const values = (await getJson(`${options.workspace}/_workspace/sheets/${options.registersSpreadsheetId}/${sheet}.json`)) as unknown[][];
  const documents: { payload: string; title: string; status: string }[] = [];
  values.slice(1).forEach((row, index) => {
    const parsed = DOCUMENTS_REGISTER.parse(row, index + 2);
    if (parsed.status === 'success') {
      const doc = parsed.response;
      documents.push({ payload: doc.barcodePayload, title: `${doc.registryNumber}, ${doc.clientName}`, status: doc.status });
    }
  });
  return documents;
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}
