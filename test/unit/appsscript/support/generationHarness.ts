// Generation wired to in-memory ports: the demo CRM (StubBitrix), Docs through the emulator's
// model (MemoryDocs), Drive, the registers spreadsheet, lock, cache, clock and log in memory.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogue, type Catalogue } from '../../../../shared/catalogue';
import { loadTemplateManifest } from '../../../../shared/merge';
import { DOCUMENTS_REGISTER, type DocumentRow } from '../../../../shared/registers';
import type { GenerationDeps } from '../../../../appsscript/generation/generationTypes';
import { SETTINGS_HEADER, SETTINGS_SHEET } from '../../../../appsscript/registers/settingsSheet';
import { TEMPLATES_REGISTER } from '../../../../appsscript/registers/templatesRegister';
import { MemoryBook } from './memoryBook';
import { MemoryDocs } from './memoryDocs';
import { MemoryDrive } from './memoryDrive';
import { fixedClock, MemoryCache, MemoryHeader, MemoryLock, MemoryLog, MemoryProperties } from './simplePorts';
import { StubBitrix } from './stubBitrix';

const ROOT = join(__dirname, '../../../..');

export function starterCatalogue(): Catalogue {
  const loaded = loadCatalogue(JSON.parse(readFileSync(join(ROOT, 'templates/catalogue.json'), 'utf8')));
  if (loaded.status === 'error') throw new Error(loaded.detail);
  return loaded.response;
}

/** A small template every kind can use: identity, parties, a product table, totals, the barcode. */
export const UNIT_TEMPLATE = `
<p>{{doc.title}}</p>
<p>Штрихкод {{doc.barcode}}</p>
<p>{{our.name}} и {{client.name}}</p>
<table>
<tr><th>№</th><th>Наименование</th><th>Сумма, {{totals.currency}}</th></tr>
<tr><td>{{row.n}}</td><td>{{row.name}}</td><td>{{row.amount}}</td></tr>
<tr><td colspan="2">Итого:</td><td>{{totals.amount}}</td></tr>
</table>
<p>{{totals.amountWords}}</p>`;

export interface Harness {
  readonly deps: GenerationDeps;
  readonly rest: StubBitrix;
  readonly docs: MemoryDocs;
  readonly drive: MemoryDrive;
  readonly book: MemoryBook;
  readonly header: MemoryHeader;
  readonly lock: MemoryLock;
  readonly cache: MemoryCache;
  readonly log: MemoryLog;
  readonly documentsFolderId: string;
  /** The Documents register, parsed. */
  documents(): DocumentRow[];
  /** Appends rows to the Documents register as if earlier generations (or a person) had. */
  register(rows: readonly DocumentRow[]): void;
}

export function generationHarness(options: { templates?: { [key: string]: string }; omitTemplates?: readonly string[] } = {}): Harness {
  const docs = new MemoryDocs();
  const drive = new MemoryDrive(docs);
  const book = new MemoryBook();
  const header = new MemoryHeader(docs);
  const lock = new MemoryLock();
  const cache = new MemoryCache();
  const log = new MemoryLog();
  const rest = new StubBitrix();
  // Every demo deal stands on the generate stage, as when its robot fires; tests of other stages move it.
  for (const deal of rest.seed.deals) deal['STAGE_ID'] = 'DOCS_GENERATE';
  const root = drive.createFolder('Docflow', null);
  const templatesFolder = drive.createFolder('Шаблоны', root);
  const documentsFolderId = drive.createFolder('Документы', root);

  book.createSheet(DOCUMENTS_REGISTER.sheetName, DOCUMENTS_REGISTER.headers);
  book.createSheet(TEMPLATES_REGISTER.sheetName, TEMPLATES_REGISTER.headers);
  book.createSheet(SETTINGS_SHEET, SETTINGS_HEADER);
  const manifest = loadTemplateManifest(JSON.parse(readFileSync(join(ROOT, 'templates/templates.json'), 'utf8')));
  if (manifest.status === 'error') throw new Error(manifest.detail);
  const templateRows = manifest.response.templates
    .filter((entry) => !(options.omitTemplates ?? []).includes(entry.key))
    .map((entry) => {
      const docId = drive.importHtmlAsDocument(options.templates?.[entry.key] ?? UNIT_TEMPLATE, entry.title, templatesFolder);
      return TEMPLATES_REGISTER.serialise({
        key: entry.key,
        kind: entry.kind,
        title: entry.title,
        version: entry.version,
        docId,
        status: 'current',
        docUrl: `https://docs.google.com/document/d/${docId}/edit`,
        publishedAt: '2026-11-01T09:00:00.000Z',
      });
    });
  book.appendRows(TEMPLATES_REGISTER.sheetName, templateRows);
  book.calls.length = 0;
  drive.calls.length = 0;

  const deps: GenerationDeps = {
    rest,
    drive,
    docs,
    header,
    book,
    properties: new MemoryProperties(),
    lock,
    cache,
    clock: fixedClock(),
    log,
    catalogue: starterCatalogue(),
    documentsFolderId,
  };
  return {
    deps,
    rest,
    docs,
    drive,
    book,
    header,
    lock,
    cache,
    log,
    documentsFolderId,
    documents: () =>
      book
        .readRows(DOCUMENTS_REGISTER.sheetName)
        .slice(1)
        .map((values, index) => {
          const parsed = DOCUMENTS_REGISTER.parse(values, index + 2);
          if (parsed.status === 'error') throw new Error(parsed.detail);
          return parsed.response;
        }),
    register: (rows) => book.appendRows(DOCUMENTS_REGISTER.sheetName, rows.map((row) => DOCUMENTS_REGISTER.serialise(row))),
  };
}

/** A register row for a document made earlier (defaults: a draft contract of client 3). */
export function registeredRow(fields: Partial<DocumentRow> & Pick<DocumentRow, 'registryNumber' | 'kind'>): DocumentRow {
  return {
    barcodePayload: 'DFC2600001X',
    parentContractNumber: null,
    dealId: '100',
    clientId: '3',
    clientName: 'АО «Уральские технологии»',
    manager: 'manager@docflow.test',
    template: { key: 'contract.development.website', version: 1 },
    status: 'draft',
    statusSince: '2026-03-12T09:00:00.000Z',
    driveFileId: null,
    docUrl: null,
    pdfUrl: null,
    createdAt: '2026-03-12T09:00:00.000Z',
    updatedAt: '2026-03-12T09:00:00.000Z',
    annulledReason: null,
    replacementNumber: null,
    ...fields,
  };
}
