// The whole generation path on real peers: the built bundle served by the Workspace emulator as a
// web app, and the Bitrix24 emulator in its own process (the script's UrlFetchApp blocks its
// thread, so Bitrix24 must answer from elsewhere). Setup has run; robots and the outbound webhook
// point at the web app, as an administrator would configure them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTS_REGISTER, type DocumentRow } from '../../../../shared/registers';
import { buildAppsScript } from '../../../../scripts/build';
import { spawnBitrix24Emulator, type SpawnedBitrix24Emulator } from '../../../../scripts/emulators/bitrix24';
import { createWorkspace, startWorkspaceServer, type Workspace, type WorkspaceServer } from '../../../../scripts/emulators/workspace';
import type { DocumentData } from '../../../../scripts/emulators/workspace/docs';
import { renderDocument } from '../../../../scripts/emulators/workspace/documents';
import { cellAt, lastRow, type SpreadsheetContent } from '../../../../scripts/emulators/workspace/sheets/model';
import { userEntered } from '../../../../scripts/emulators/workspace/sheets/cellInput';
import { putCell } from '../../../../scripts/emulators/workspace/sheets/model';

export const ADMIN = 'director@docflow.test';
export const MANAGER = 'manager@docflow.test';
export const ROBOT_SECRET = 'robot-secret-3f9a';
/** When the tests run, in the emulated clock: a day of 2026 in Moscow. */
export const TODAY = '2026-11-30T09:00:00+03:00';
const USERS = [ADMIN, MANAGER, 'lawyer@docflow.test', 'techdirector@docflow.test', 'office@docflow.test'];

export function demoSeed(): Record<string, Record<string, unknown>[]> {
  return JSON.parse(readFileSync(join(__dirname, '../../../../scripts/seed/demo.json'), 'utf8')) as Record<string, Record<string, unknown>[]>;
}

let built: Promise<string> | undefined;
/** The bundle the tests run is the bundle that deploys: built once per test file. */
export function builtBundle(): Promise<string> {
  built ??= buildAppsScript().then((result) => result.codePath);
  return built;
}

export interface Stack {
  readonly workspace: Workspace;
  readonly server: WorkspaceServer;
  readonly bitrix: SpawnedBitrix24Emulator;
  readonly bookId: string;
  readonly robotUrl: string;
  readonly eventUrl: string;
  /** generateDealDocuments(dealId) as a person would call it from the sidebar (runs as the admin). */
  generate(dealId: string): Promise<{ status: string; type?: string; detail?: string; response?: GenerationAnswer }>;
  /** Moves the deal in Bitrix24 as its manager would; resolves when the outbound calls are answered. */
  moveDeal(dealId: string, stage: string): Promise<OutboundCall[]>;
  editDeal(dealId: string, fields: Record<string, unknown>): Promise<OutboundCall[]>;
  /** Moves deals between stages with the robots and the outbound webhook switched off meanwhile. */
  quietly(change: () => Promise<unknown>): Promise<void>;
  bitrixState(): Promise<BitrixState>;
  resetBitrixRequests(): Promise<void>;
  /** POSTs a form body to the web app and follows the ContentService redirect; the tagged Result. */
  postToWebApp(url: string, body: string): Promise<{ status: string; type?: string; detail?: string; response?: GenerationAnswer }>;
  documents(): DocumentRow[];
  /** Raw cells of a register sheet, to check how values were stored. */
  cells(sheet: string): { v: unknown; f?: string; quoted?: boolean }[][];
  appendRegisterRows(rows: readonly DocumentRow[]): void;
  docText(documentId: string): string;
  /** The PNG images in a document's default header. */
  headerImages(documentId: string): Uint8Array[];
  liveDocumentsOutsideTemplates(): { id: string; name: string }[];
  stop(): Promise<void>;
}

export interface GenerationAnswer {
  dealId: string;
  status: string;
  documents: { registryNumber: string; title: string; kind: string; barcodePayload: string; documentId: string; url: string; template: { key: string; version: number } }[];
  warnings: string[];
}

export interface OutboundCall {
  kind: 'event' | 'robot';
  status: number;
  url: string;
  response?: string;
}

export interface BitrixState {
  timeline: Record<string, unknown>[];
  requests: { total: number; byMethod: Record<string, number>; methodCalls: Record<string, number> };
  outbound: OutboundCall[];
  deals: Record<string, unknown>[];
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

const post = <T>(url: string, body: unknown): Promise<T> =>
  json<T>(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

export async function startGenerationStack(options: { seed?: unknown; robots?: boolean; events?: boolean } = {}): Promise<Stack> {
  const codePath = await builtBundle();
  const bitrix = await spawnBitrix24Emulator({ limits: false, ...(options.seed === undefined ? {} : { seed: options.seed }) });
  // The emulated clock runs from a fixed day, so registry numbers and dates do not depend on the host's.
  const shift = Date.parse(TODAY) - Date.now();
  const workspace = createWorkspace({
    users: USERS,
    now: () => new Date(Date.now() + shift),
    scriptProperties: {
      BITRIX24_WEBHOOK_URL: bitrix.webhookUrl,
      BITRIX24_APP_TOKEN: bitrix.applicationToken,
      ROBOT_SECRET,
      BRIDGE_SECRET: 'bridge-secret',
    },
  });
  const book = workspace.createSpreadsheet(ADMIN, 'Docflow — реестры');
  const server = await startWorkspaceServer(workspace, { codePath, deployer: ADMIN, webAppId: 'AKfycbDocflowTest' });
  const setup = (await server.script.run('runDocflowSetup', [], { user: ADMIN, containerId: book.id })) as { status: string; detail?: string };
  if (setup.status !== 'success') throw new Error(`Setup failed: ${setup.detail ?? ''}`);
  const robotUrl = `${server.webAppUrl}?route=bitrix-robot&secret=${ROBOT_SECRET}`;
  const eventUrl = `${server.webAppUrl}?route=bitrix-event`;
  if (options.robots !== false) await post(`${bitrix.baseUrl}/_emulator/robots`, { stage: 'DOCS_GENERATE', url: robotUrl });
  if (options.events !== false) await post(`${bitrix.baseUrl}/_emulator/handlers`, { event: 'ONCRMDEALUPDATE', url: eventUrl });

  const sheet = (name: string) => {
    const content = workspace.drive.get(book.id)?.content as SpreadsheetContent;
    const found = content.sheets.find((candidate) => candidate.name === name);
    if (found === undefined) throw new Error(`no sheet ${name}`);
    return found;
  };
  const documentData = (id: string): DocumentData => {
    const file = workspace.drive.get(id);
    if (file === undefined) throw new Error(`no file ${id}`);
    return file.content as DocumentData;
  };

  return {
    workspace,
    server,
    bitrix,
    bookId: book.id,
    robotUrl,
    eventUrl,
    generate: async (dealId) => (await server.script.run('generateDealDocuments', [dealId], { user: ADMIN })) as Awaited<ReturnType<Stack['generate']>>,
    moveDeal: async (dealId, stage) => (await post<{ calls: OutboundCall[] }>(`${bitrix.baseUrl}/_emulator/deals/${dealId}/stage`, { stage })).calls,
    editDeal: async (dealId, fields) => (await post<{ calls: OutboundCall[] }>(`${bitrix.baseUrl}/_emulator/deals/${dealId}/fields`, { fields })).calls,
    quietly: async (change) => {
      const [{ robots }, { handlers }] = await Promise.all([
        json<{ robots: { stage: string; url: string }[] }>(`${bitrix.baseUrl}/_emulator/robots`),
        json<{ handlers: { event: string; url: string }[] }>(`${bitrix.baseUrl}/_emulator/handlers`),
      ]);
      await json(`${bitrix.baseUrl}/_emulator/robots`, { method: 'DELETE' });
      await json(`${bitrix.baseUrl}/_emulator/handlers`, { method: 'DELETE' });
      try {
        await change();
      } finally {
        if (robots.length > 0) await post(`${bitrix.baseUrl}/_emulator/robots`, robots.map(({ stage, url }) => ({ stage, url })));
        if (handlers.length > 0) await post(`${bitrix.baseUrl}/_emulator/handlers`, handlers.map(({ event, url }) => ({ event, url })));
      }
    },
    bitrixState: () => json<BitrixState>(`${bitrix.baseUrl}/_emulator/state`),
    resetBitrixRequests: async () => {
      await post(`${bitrix.baseUrl}/_emulator/requests/reset`, {});
    },
    postToWebApp: async (url, body) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
      return JSON.parse(await response.text()) as Awaited<ReturnType<Stack['postToWebApp']>>;
    },
    documents: () => {
      const register = sheet(DOCUMENTS_REGISTER.sheetName);
      const rows: DocumentRow[] = [];
      for (let row = 2; row <= lastRow(register); row++) {
        const values = DOCUMENTS_REGISTER.headers.map((_, column) => cellAt(register, row, column + 1)?.v ?? '');
        const parsed = DOCUMENTS_REGISTER.parse(values, row);
        if (parsed.status === 'error') throw new Error(parsed.detail);
        rows.push(parsed.response);
      }
      return rows;
    },
    cells: (name) => {
      const found = sheet(name);
      return found.rows.map((row) => row.map((cell) => ({ v: cell?.v ?? '', ...(cell?.f === undefined ? {} : { f: cell.f }), ...(cell?.quoted === true ? { quoted: true } : {}) })));
    },
    appendRegisterRows: (rows) => {
      const register = sheet(DOCUMENTS_REGISTER.sheetName);
      for (const row of rows) {
        const at = lastRow(register) + 1;
        DOCUMENTS_REGISTER.serialise(row).forEach((value, column) => putCell(register, at, column + 1, userEntered(value)));
      }
      workspace.markChanged(book.id);
    },
    docText: (id) => renderDocument.text(documentData(id)),
    headerImages: (id) => {
      const data = documentData(id);
      const headerId = data.documentStyle.defaultHeaderId;
      const header = headerId === undefined ? undefined : data.headers[headerId];
      const ids: string[] = [];
      for (const element of header?.content ?? []) {
        if (!('paragraph' in element)) continue;
        for (const part of element.paragraph.elements) if ('inlineObjectElement' in part) ids.push(part.inlineObjectElement.inlineObjectId);
      }
      return ids.map((objectId) => {
        const uri = data.inlineObjects[objectId]?.inlineObjectProperties.embeddedObject.imageProperties.contentUri ?? '';
        return new Uint8Array(Buffer.from(uri.replace(/^data:[^;]+;base64,/, ''), 'base64'));
      });
    },
    liveDocumentsOutsideTemplates: () => {
      const templatesFolder = workspace.properties.snapshot().script['TEMPLATES_FOLDER_ID'];
      return workspace.drive
        .all()
        .filter((file) => file.mimeType === 'application/vnd.google-apps.document' && !file.trashed && !file.parents.includes(templatesFolder ?? ''))
        .map((file) => ({ id: file.id, name: file.name }));
    },
    stop: async () => {
      await server.close();
      await bitrix.stop();
    },
  };
}

/** Documents print numbers with no-break spaces; assertions read them as plain spaces. */
export function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}
