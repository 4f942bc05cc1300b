// Registering a batch of 50 mail-desk scans against registers of 1,000 and 50,000 rows, in the
// Workspace emulator running the built bundle, with the Bitrix24 emulator in its own process.
// What is measured is the number of Apps Script service calls per batch (the emulator counts
// them): the register index must keep it flat in the number of rows. Wall time is printed for
// information only (a noisy machine; the emulator is not Google).
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAppsScript } from '../scripts/build';
import { paper } from '../test/integration/registers/helpers/papers';
import { spawnBitrix24Emulator, type SpawnedBitrix24Emulator } from '../scripts/emulators/bitrix24';
import { createWorkspace, loadScript } from '../scripts/emulators/workspace';
import { userEntered } from '../scripts/emulators/workspace/sheets/cellInput';
import { newSheet, putCell, type SpreadsheetContent } from '../scripts/emulators/workspace/sheets/model';
import { formatRegistryNumber, toBarcodePayload } from '../shared/numbers';
import { PROTOCOL_VERSION, type ScanEvent, type ScanMode } from '../shared/protocol';
import {
  CORRESPONDENCE_REGISTER,
  type CorrespondenceRow,
  DOCUMENTS_REGISTER,
  type DocumentRow,
  type RegisterSchema,
} from '../shared/registers';

const ADMIN = 'director@docflow.test';
const SIZES = [1_000, 50_000];
const BATCH = 50;

/** Where the 50 papers of a batch stand in the Documents register (1-based document positions). */
interface Layout {
  readonly name: string;
  positions(rows: number): number[];
}

const LAYOUTS: readonly Layout[] = [
  {
    // Every paper far from the next: no two share a read or a write (the worst case).
    name: 'scattered',
    positions: (rows) => {
      const spacing = Math.floor(rows / BATCH);
      return Array.from({ length: BATCH }, (_, index) => 1 + index * spacing + Math.floor(spacing / 2));
    },
  },
  {
    // What a mail desk sees: each deal's papers were generated together, so they stand side by
    // side; ten deals of five papers, spread over the register.
    name: 'by deal',
    positions: (rows) => {
      const spacing = Math.floor(rows / 10);
      return Array.from({ length: BATCH }, (_, index) => 1 + Math.floor(index / 5) * spacing + Math.floor(spacing / 2) + (index % 5));
    },
  },
];

interface Measured {
  readonly total: number;
  readonly spreadsheet: number;
  readonly cache: number;
  /** Bitrix24 requests (UrlFetchApp.fetch). */
  readonly urlFetch: number;
  readonly ms: number;
  readonly accepted: number;
}

export async function run(): Promise<void> {
  const codePath = await bundleCopy();
  const bitrix = await spawnBitrix24Emulator({ limits: false });
  try {
    const results: { rows: number; scenario: string; measured: Measured }[] = [];
    for (const layout of LAYOUTS) {
      for (const rows of SIZES) {
        for (const [scenario, measured] of await measure(codePath, bitrix, rows, layout)) results.push({ rows, scenario: `${layout.name}: ${scenario}`, measured });
      }
    }
    print(results);
  } finally {
    await bitrix.stop();
  }
}

/** Builds the bundle and copies it away from dist/ (other builds may replace dist/ meanwhile). */
async function bundleCopy(): Promise<string> {
  const { codePath } = await buildAppsScript();
  const to = mkdtempSync(join(tmpdir(), 'docflow-bench-'));
  for (const name of readdirSync(join(codePath, '..'))) copyFileSync(join(codePath, '..', name), join(to, name));
  process.once('exit', () => rmSync(to, { recursive: true, force: true }));
  return join(to, 'Code.js');
}

function numberOf(sequence: number): string {
  return formatRegistryNumber({ kind: 'contract', year: 2026, sequence });
}

async function measure(codePath: string, bitrix: SpawnedBitrix24Emulator, rows: number, layout: Layout): Promise<[string, Measured][]> {
  const workspace = createWorkspace({ users: [ADMIN], scriptProperties: { BITRIX24_WEBHOOK_URL: bitrix.webhookUrl } });
  const book = workspace.createSpreadsheet(ADMIN, 'Docflow — реестры');
  workspace.properties.script.setAll({ REGISTERS_SPREADSHEET_ID: book.id });
  const content = book.content as SpreadsheetContent;
  // The same layout at every size; each of the demo deals 1–10 holds five of the papers.
  const targetRows = layout.positions(rows);
  const dealOfTarget = new Map(targetRows.map((row, index) => [row, String(Math.floor(index / 5) + 1)]));
  const at = new Date().toISOString();
  const documents: DocumentRow[] = Array.from({ length: rows }, (_, i) => {
    const sequence = i + 1;
    const target = dealOfTarget.get(sequence);
    return paper(formatRegistryNumber({ kind: 'contract', year: 2026, sequence }), {
      dealId: target ?? String(100_000 + Math.floor(i / 3)),
      status: target === undefined ? 'returned' : 'printed',
      statusSince: at,
      createdAt: at,
      updatedAt: at,
    });
  });
  const mail: CorrespondenceRow[] = Array.from({ length: rows }, (_, i) => ({
    eventKey: `old-desk:${i + 1}`,
    registeredAt: at,
    scannedAt: at,
    direction: 'outgoing',
    documentNumber: numberOf(i + 1),
    kind: 'contract',
    dealId: String(100_000 + Math.floor(i / 3)),
    clientName: 'ООО «СеверСтрой»',
    address: null,
    envelopeId: null,
    inventoryListNumber: null,
    desk: 'Ресепшн',
    operator: 'Смирнова Е. И.',
  }));
  addSheet(content, DOCUMENTS_REGISTER, documents);
  addSheet(content, CORRESPONDENCE_REGISTER, mail);
  addRawSheet(content, 'Настройки', [['Параметр', 'Значение', 'Пояснение']]);
  addRawSheet(content, 'Журнал', [['Когда', 'Рег. номер', 'Действие', 'Кто', 'Из статуса', 'В статус', 'Почему', 'Источник']]);
  workspace.markChanged(book.id);

  const script = loadScript(workspace, codePath);
  let sequence = 0;
  const events = (mode: ScanMode): ScanEvent[] =>
    targetRows.map((row) => {
      sequence += 1;
      return { sequence, eventKey: `kiosk-1:${sequence}`, payload: toBarcodePayload({ kind: 'contract', year: 2026, sequence: row }), mode, desk: 'Ресепшн', operator: 'Смирнова Е. И.', scannedAt: at };
    });
  const once = async (scanEvents: readonly ScanEvent[]): Promise<Measured> => {
    workspace.calls.reset();
    const started = performance.now();
    const answer = (await script.run('registerScanEventBatch_', [{ type: 'scan_event_batch', version: PROTOCOL_VERSION, bridgeId: 'kiosk-1', events: scanEvents }], { user: ADMIN })) as {
      status: string;
      detail?: string;
      response?: { accepted: string[] };
    };
    const ms = performance.now() - started;
    if (answer.status !== 'success') throw new Error(`batch refused: ${answer.detail ?? ''}`);
    const calls = workspace.calls.snapshot();
    const total = Object.entries(calls).filter(([key]) => !key.includes('.')).reduce((sum, [, count]) => sum + count, 0);
    return { total, spreadsheet: calls['SpreadsheetApp'] ?? 0, cache: calls['CacheService'] ?? 0, urlFetch: calls['UrlFetchApp.fetch'] ?? 0, ms, accepted: answer.response?.accepted.length ?? 0 };
  };
  const outgoing = events('outgoing');
  const cold = await once(outgoing);
  const warm = await once(events('incoming'));
  const resend = await once(outgoing);
  await script.close();
  workspace.close();
  return [
    ['50 outgoing, cold cache (index built)', cold],
    ['50 incoming, warm cache (10 deals complete)', warm],
    ['50 resent keys (nothing written)', resend],
  ];
}

function addSheet<Row>(content: SpreadsheetContent, schema: RegisterSchema<Row>, rows: readonly Row[]): void {
  addRawSheet(content, schema.sheetName, [schema.headers, ...rows.map((row) => schema.serialise(row))]);
}

function addRawSheet(content: SpreadsheetContent, name: string, rows: readonly (readonly unknown[])[]): void {
  const sheet = newSheet(content.nextSheetId, name, Math.max(1000, rows.length + 100));
  content.nextSheetId += 1;
  rows.forEach((row, r) => row.forEach((value, c) => putCell(sheet, r + 1, c + 1, userEntered(value))));
  content.sheets.push(sheet);
}

function print(results: readonly { rows: number; scenario: string; measured: Measured }[]): void {
  console.log('Service calls per batch of 50 scans (Workspace emulator, built bundle):\n');
  console.log('| register rows | batch | all calls | SpreadsheetApp | CacheService | Bitrix24 requests | accepted | ms (info) |');
  console.log('|---:|---|---:|---:|---:|---:|---:|---:|');
  for (const { rows, scenario, measured } of results) {
    console.log(
      `| ${rows.toLocaleString('en-US')} | ${scenario} | ${measured.total} | ${measured.spreadsheet} | ${measured.cache} | ${measured.urlFetch} | ${measured.accepted} | ${measured.ms.toFixed(0)} |`,
    );
  }
  const scenarios = [...new Set(results.map((result) => result.scenario))];
  for (const scenario of scenarios) {
    const [small, large] = results.filter((result) => result.scenario === scenario);
    if (small === undefined || large === undefined) continue;
    const ratio = large.measured.total / small.measured.total;
    console.log(`\n${scenario}: ${small.measured.total} calls at ${small.rows} rows, ${large.measured.total} at ${large.rows} rows (×${ratio.toFixed(2)})`);
  }
}
