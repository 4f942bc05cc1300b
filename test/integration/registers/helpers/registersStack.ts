// The registers feature on real peers: the built bundle (scripts/build.ts) in the Workspace
// emulator, served as a web app, and the Bitrix24 emulator in its own process (the script's
// UrlFetchApp blocks its thread, so Bitrix24 must answer from elsewhere). Setup has run, then
// installRegisterTriggers; Documents rows are seeded directly where a test needs papers in a
// given status, so these tests do not wait on the whole generation → approval → print path.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAppsScript } from '../../../../scripts/build';
import { spawnBitrix24Emulator, type SpawnedBitrix24Emulator } from '../../../../scripts/emulators/bitrix24';
import { createWorkspace, startWorkspaceServer, type Workspace, type WorkspaceServer } from '../../../../scripts/emulators/workspace';
import { userEntered } from '../../../../scripts/emulators/workspace/sheets/cellInput';
import { cellAt, lastColumn, lastRow, newSheet, putCell, type SheetModel, type SpreadsheetContent } from '../../../../scripts/emulators/workspace/sheets/model';
import type { CellValue, RegisterSchema } from '../../../../shared/registers';

export const ADMIN = 'director@docflow.test';
export const MANAGER = 'manager@docflow.test';
export const LAWYER = 'lawyer@docflow.test';
export const ROBOT_SECRET = 'robot-secret-7c21';
const USERS = [ADMIN, MANAGER, LAWYER, 'techdirector@docflow.test', 'office@docflow.test'];
/** Seeded deals were last changed long ago: only what a test does counts as a recent change. */
const LONG_AGO = '2026-01-05T10:00:00+03:00';

let bundle: Promise<string> | undefined;

/**
 * The bundle the tests run is the bundle that deploys. Other suites build into the same
 * dist/appsscript at the same time, so the output is copied away at once (and built again if a
 * parallel build removed it mid-copy).
 */
export function builtBundle(): Promise<string> {
  bundle ??= (async () => {
    for (let attempt = 1; ; attempt += 1) {
      const { codePath } = await buildAppsScript();
      const from = join(codePath, '..');
      const to = mkdtempSync(join(tmpdir(), 'docflow-registers-bundle-'));
      try {
        for (const name of readdirSync(from)) copyFileSync(join(from, name), join(to, name));
        const code = readFileSync(join(to, 'Code.js'), 'utf8');
        if (!code.includes('function registerScanEventBatch_(')) throw new Error('bundle without the registers entry points');
        return join(to, 'Code.js');
      } catch (error) {
        rmSync(to, { recursive: true, force: true });
        if (attempt >= 3) throw error;
      }
    }
  })();
  return bundle;
}

export function demoSeed(): Record<string, Record<string, unknown>[]> {
  const seed = JSON.parse(readFileSync(join(__dirname, '../../../../scripts/seed/demo.json'), 'utf8')) as Record<string, Record<string, unknown>[]>;
  for (const deal of seed['deals'] ?? []) deal['DATE_MODIFY'] = LONG_AGO;
  return seed;
}

export interface OutboundCall {
  readonly kind: 'event' | 'robot';
  readonly status: number;
  readonly dropped?: boolean;
}

export interface BitrixState {
  readonly timeline: { kind: string; ENTITY_ID?: string; COMMENT?: string }[];
  readonly notifications: { USER_ID: string; MESSAGE: string }[];
  readonly requests: { total: number; byMethod: Record<string, number>; methodCalls: Record<string, number> };
  readonly outbound: OutboundCall[];
  readonly deals: { ID: string; STAGE_ID: string }[];
}

export interface RegistersStack {
  readonly workspace: Workspace;
  readonly server: WorkspaceServer;
  readonly bitrix: SpawnedBitrix24Emulator;
  readonly bookId: string;
  run<T = unknown>(fn: string, args?: unknown[]): Promise<T>;
  /** Rows of a register parsed with its schema (header checked). */
  rows<Row>(schema: RegisterSchema<Row>): Row[];
  /** A sheet's values as getValues would return them. */
  values(sheet: string): unknown[][];
  /** The stored cells, to see how values were written (formula? forced text?). */
  cells(sheet: string): { v: unknown; f?: string; quoted?: boolean }[][];
  /** Sets a value in the Settings sheet (column B of the key's row; a new row if the key is missing). */
  setting(key: string, value: string): void;
  /** Makes a register sheet with its header (as Setup or its first writer would) unless it exists. */
  ensureSheet<Row>(schema: RegisterSchema<Row>): void;
  /** Appends rows to a register as setValues would store them. */
  seed<Row>(schema: RegisterSchema<Row>, rows: readonly Row[]): void;
  sheet(name: string): SheetModel;
  bitrixState(): Promise<BitrixState>;
  bitrixPost<T = unknown>(path: string, body: unknown): Promise<T>;
  /** Service calls counted by the emulator since the last reset. */
  calls(): Record<string, number>;
  resetCalls(): void;
  stop(): Promise<void>;
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

export async function startRegistersStack(options: { seed?: unknown } = {}): Promise<RegistersStack> {
  const codePath = await builtBundle();
  const bitrix = await spawnBitrix24Emulator({ limits: false, seed: options.seed ?? demoSeed() });
  const workspace = createWorkspace({
    users: USERS,
    scriptProperties: {
      BITRIX24_WEBHOOK_URL: bitrix.webhookUrl,
      BITRIX24_APP_TOKEN: bitrix.applicationToken,
      ROBOT_SECRET,
      BRIDGE_SECRET: 'bridge-secret-for-registers-tests-0123456789',
    },
  });
  const book = workspace.createSpreadsheet(ADMIN, 'Docflow — реестры');
  const server = await startWorkspaceServer(workspace, { codePath, deployer: ADMIN, webAppId: 'AKfycbDocflowRegisters' });
  const run = async <T>(fn: string, args: unknown[] = []): Promise<T> => (await server.script.run(fn, args, { user: ADMIN, containerId: book.id })) as T;
  const setup = await run<{ status: string; detail?: string }>('runDocflowSetup');
  if (setup.status !== 'success') throw new Error(`Setup failed: ${setup.detail ?? ''}`);
  const installed = await run<{ status: string; detail: string }>('installRegisterTriggers');
  if (installed.status !== 'success') throw new Error(`installRegisterTriggers failed: ${installed.detail}`);
  await json(`${bitrix.baseUrl}/_emulator/robots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ stage: 'DOCS_GENERATE', url: `${server.webAppUrl}?route=bitrix-robot&secret=${ROBOT_SECRET}` }),
  });

  const sheet = (name: string): SheetModel => {
    const content = workspace.drive.get(book.id)?.content as SpreadsheetContent;
    const found = content.sheets.find((candidate) => candidate.name === name);
    if (found === undefined) throw new Error(`no sheet ${name}`);
    return found;
  };
  const values = (name: string): unknown[][] => {
    const model = sheet(name);
    const width = lastColumn(model);
    return Array.from({ length: lastRow(model) }, (_, r) => Array.from({ length: width }, (_, c) => cellAt(model, r + 1, c + 1)?.v ?? ''));
  };
  return {
    workspace,
    server,
    bitrix,
    bookId: book.id,
    run,
    rows: <Row>(schema: RegisterSchema<Row>): Row[] => {
      const [header = [], ...data] = values(schema.sheetName);
      const checked = schema.checkHeader(header);
      if (checked.status === 'error') throw new Error(checked.detail);
      return data.map((line, index) => {
        const parsed = schema.parse(line, index + 2);
        if (parsed.status === 'error') throw new Error(parsed.detail);
        return parsed.response;
      });
    },
    values,
    cells: (name) =>
      sheet(name).rows.map((row) => row.map((cell) => ({ v: cell?.v ?? '', ...(cell?.f === undefined ? {} : { f: cell.f }), ...(cell?.quoted === true ? { quoted: true } : {}) }))),
    setting: (key, value) => {
      const model = sheet('Настройки');
      let row = 2;
      while (row <= lastRow(model) && cellAt(model, row, 1)?.v !== key) row += 1;
      putCell(model, row, 1, userEntered(key));
      putCell(model, row, 2, userEntered(`'${value}`));
      workspace.markChanged(book.id);
    },
    ensureSheet: <Row>(schema: RegisterSchema<Row>): void => {
      const content = workspace.drive.get(book.id)?.content as SpreadsheetContent;
      if (content.sheets.some((candidate) => candidate.name === schema.sheetName)) return;
      const model = newSheet(content.nextSheetId, schema.sheetName);
      content.nextSheetId += 1;
      content.sheets.push(model);
      schema.headers.forEach((title, column) => putCell(model, 1, column + 1, userEntered(title)));
      workspace.markChanged(book.id);
    },
    seed: <Row>(schema: RegisterSchema<Row>, rows: readonly Row[]): void => {
      const model = sheet(schema.sheetName);
      for (const row of rows) {
        const at = lastRow(model) + 1;
        schema.serialise(row).forEach((value: CellValue, column) => putCell(model, at, column + 1, userEntered(value)));
      }
      workspace.markChanged(book.id);
    },
    sheet,
    bitrixState: () => json<BitrixState>(`${bitrix.baseUrl}/_emulator/state`),
    bitrixPost: <T>(path: string, body: unknown) =>
      json<T>(`${bitrix.baseUrl}/_emulator/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    calls: () => workspace.calls.snapshot(),
    resetCalls: () => workspace.calls.reset(),
    stop: async () => {
      await server.close();
      await bitrix.stop();
      // The bundle copy belongs to this test file; the next stack builds its own.
      rmSync(join(codePath, '..'), { recursive: true, force: true });
      bundle = undefined;
    },
  };
}
