import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTS_REGISTER } from '../../../../shared/registers';
import { runSetup, type SetupDeps, type SetupReport } from '../../../../appsscript/setup/runSetup';
import type { StarterTemplates } from '../../../../appsscript/setup/starterTemplates';
import { MemoryBook } from '../support/memoryBook';
import { MemoryDocs } from '../support/memoryDocs';
import { MemoryDrive } from '../support/memoryDrive';
import { fixedClock, MemoryHeader, MemoryLock, MemoryLog, MemoryProperties } from '../support/simplePorts';

const ROOT = join(__dirname, '../../../..');

function starter(overrides: { versions?: Record<string, number>; files?: Record<string, string> } = {}): StarterTemplates {
  const manifestJson = JSON.parse(readFileSync(join(ROOT, 'templates/templates.json'), 'utf8')) as { templates: { key: string; file: string; version: number }[] };
  for (const entry of manifestJson.templates) entry.version = overrides.versions?.[entry.key] ?? entry.version;
  const files: Record<string, string> = {};
  for (const entry of manifestJson.templates) files[entry.file] = overrides.files?.[entry.file] ?? readFileSync(join(ROOT, 'templates', entry.file), 'utf8');
  return { manifestJson, catalogueJson: JSON.parse(readFileSync(join(ROOT, 'templates/catalogue.json'), 'utf8')), files };
}

interface World {
  deps: SetupDeps;
  docs: MemoryDocs;
  drive: MemoryDrive;
  book: MemoryBook;
  header: MemoryHeader;
  properties: MemoryProperties;
}

function world(): World {
  const docs = new MemoryDocs();
  const drive = new MemoryDrive(docs);
  const book = new MemoryBook();
  const header = new MemoryHeader(docs);
  const properties = new MemoryProperties({ BITRIX24_WEBHOOK_URL: 'https://portal.test/rest/1/x/', ROBOT_SECRET: 'r' });
  const deps: SetupDeps = { drive, docs, header, book, properties, lock: new MemoryLock(), clock: fixedClock(), log: new MemoryLog(), administrator: 'Admin@Docflow.test' };
  return { deps, docs, drive, book, header, properties };
}

function report(result: ReturnType<typeof runSetup>): SetupReport {
  if (result.status === 'error') throw new Error(result.detail);
  return result.response;
}

describe('Setup', () => {
  it('makes the folders, the register sheets with their headers, the settings and every starter template', () => {
    const w = world();
    const first = report(runSetup(w.deps, starter()));
    expect(first.createdFolders).toEqual(['Docflow', 'Шаблоны', 'Документы', 'Архив']);
    expect(w.drive.pathOf(first.folders.templates)).toBe('Docflow/Шаблоны');
    expect(w.properties.get('DOCUMENTS_FOLDER_ID')).toBe(first.folders.documents);
    expect(w.properties.get('REGISTERS_SPREADSHEET_ID')).toBe('book-1');
    expect(first.createdSheets).toEqual(['Документы', 'Корреспонденция', 'Согласования', 'Шаблоны', 'Настройки', 'Очередь печати', 'Сводка']);
    expect(w.book.sheets.get('Документы')?.[0]).toEqual(DOCUMENTS_REGISTER.headers);
    const settings = w.book.sheets.get('Настройки') ?? [];
    expect(settings.find((row) => row[0] === 'role.administrators')?.[1]).toBe('Admin@Docflow.test');
    expect(settings.find((row) => row[0] === 'stage.generate')?.[1]).toBe('DOCS_GENERATE');
    expect(first.templates.every((template) => template.status === 'imported')).toBe(true);
    expect(w.book.sheets.get('Шаблоны')?.slice(1)).toHaveLength(14);
    expect(first.missingConfiguration).toEqual(['BITRIX24_APP_TOKEN', 'BRIDGE_SECRET']);
    expect(first.problems).toEqual([]);
  });

  it('turns each template’s requisites markers into the named range and gives it a header with the barcode line', () => {
    const w = world();
    report(runSetup(w.deps, starter()));
    const invoiceRow = w.book.sheets.get('Шаблоны')?.find((row) => row[0] === 'invoice');
    const docId = String(invoiceRow?.[4]);
    expect(w.docs.text(docId)).not.toMatch(/\{\{[#/]requisites\}\}/);
    const document = w.docs.get(docId) as unknown as { namedRanges?: Record<string, unknown> };
    expect(Object.keys(document.namedRanges ?? {})).toEqual(['docflow_requisites']);
    expect(w.header.headers.get(docId)).toEqual(['{{doc.barcode}}', 'рег. № {{doc.registryNumber}} · {{doc.title}}']);
    expect(w.drive.pathOf(docId)).toMatch(/^Docflow\/Шаблоны\/Счёт на оплату \(invoice, версия 1\)$/);
  });

  it('changes nothing when run again', () => {
    const w = world();
    report(runSetup(w.deps, starter()));
    w.book.calls.length = 0;
    w.drive.calls.length = 0;
    const again = report(runSetup(w.deps, starter()));
    expect(again.createdFolders).toEqual([]);
    expect(again.createdSheets).toEqual([]);
    expect(again.settingsAdded).toEqual([]);
    expect(again.templates.every((template) => template.status === 'unchanged')).toBe(true);
    expect(w.book.calls.filter((call) => !call.startsWith('readRows'))).toEqual([]);
    expect(w.drive.calls.filter((call) => !['isFolder', 'findFolder'].includes(call))).toEqual([]);
  });

  it('upgrades only a template whose version changed, archiving the old version', () => {
    const w = world();
    report(runSetup(w.deps, starter()));
    const oldId = String(w.book.sheets.get('Шаблоны')?.find((row) => row[0] === 'invoice')?.[4]);
    const upgrade = report(runSetup(w.deps, starter({ versions: { invoice: 2 } })));
    expect(upgrade.templates.filter((template) => template.status !== 'unchanged')).toEqual([{ key: 'invoice', version: 2, status: 'upgraded' }]);
    const invoiceRows = (w.book.sheets.get('Шаблоны') ?? []).filter((row) => row[0] === 'invoice');
    expect(invoiceRows.map((row) => [row[3], row[5]])).toEqual([
      [1, 'В архиве'],
      [2, 'Текущая'],
    ]);
    expect(w.drive.pathOf(oldId)).toMatch(/^Docflow\/Архив\//);
  });

  it('refuses a template that fails the checks, trashes its import and reports why', () => {
    const w = world();
    const broken = readFileSync(join(ROOT, 'templates/docs/act.html'), 'utf8').replace('{{doc.number}}', '{{doc.nomer}}');
    const result = report(runSetup(w.deps, starter({ files: { 'docs/act.html': broken } })));
    expect(result.templates.find((template) => template.key === 'act')?.status).toBe('refused');
    expect(result.problems.join(' ')).toContain('{{doc.nomer}}');
    expect(w.book.sheets.get('Шаблоны')?.some((row) => row[0] === 'act')).toBe(false);
    expect(w.drive.calls.filter((call) => call === 'trashFile')).toHaveLength(1);
  });

  it('shares the Templates folder with the administrators listed in Settings, as readers only', () => {
    const w = world();
    report(runSetup(w.deps, starter()));
    const admins = w.book.sheets.get('Настройки')?.find((row) => row[0] === 'role.administrators');
    if (admins !== undefined) admins[1] = 'admin@docflow.test, second-admin@docflow.test';
    const again = report(runSetup(w.deps, starter()));
    expect(w.drive.shares).toEqual([{ fileId: again.folders.templates, email: 'second-admin@docflow.test', role: 'reader' }]);
  });

  it('reports a register whose columns were moved instead of rewriting it', () => {
    const w = world();
    report(runSetup(w.deps, starter()));
    const header = w.book.sheets.get('Документы')?.[0];
    if (header !== undefined) [header[0], header[1]] = [header[1], header[0]];
    const again = report(runSetup(w.deps, starter()));
    expect(again.problems.join(' ')).toContain('Лист «Документы»');
  });

  it('gives a Documents sheet made by an older Docflow its new column header, leaving the rows as they are', () => {
    const w = world();
    report(runSetup(w.deps, starter()));
    // The register as an older version left it: no reasons column, one row already written.
    const sheet = w.book.sheets.get('Документы') ?? [];
    const oldWidth = DOCUMENTS_REGISTER.headers.length - 1;
    sheet[0] = DOCUMENTS_REGISTER.headers.slice(0, oldWidth);
    const oldRow = ['C-2026-00001', 'DFC2600001X', 'Договор', '', '7', '3', 'ООО «Ромашка»', 'm@docflow.test', 'contract.licence.1c@1', 'Черновик'];
    sheet.push([...oldRow]);
    w.book.calls.length = 0;

    const upgraded = report(runSetup(w.deps, starter()));
    expect(upgraded.addedColumns).toEqual(['Документы: Причины выбора шаблона']);
    expect(upgraded.problems).toEqual([]);
    expect(w.book.sheets.get('Документы')?.[0]).toEqual(DOCUMENTS_REGISTER.headers);
    expect(w.book.sheets.get('Документы')?.[1]).toEqual(oldRow);
    expect(w.book.calls.filter((call) => call.startsWith('writeCells'))).toEqual(['writeCells:Документы']);

    w.book.calls.length = 0;
    const again = report(runSetup(w.deps, starter()));
    expect(again.addedColumns).toEqual([]);
    expect(w.book.calls.filter((call) => !call.startsWith('readRows'))).toEqual([]);
  });

  it('adds the header above reasons a newer generation already wrote before Setup ran again', () => {
    const w = world();
    report(runSetup(w.deps, starter()));
    const sheet = w.book.sheets.get('Документы') ?? [];
    const width = DOCUMENTS_REGISTER.headers.length;
    sheet[0] = DOCUMENTS_REGISTER.headers.slice(0, width - 1);
    const row = [...new Array<unknown>(width - 1).fill('x'), 'Товары раздела «1С / Лицензии» → договор поставки лицензий 1С'];
    sheet.push([...row]);
    const again = report(runSetup(w.deps, starter()));
    expect(again.addedColumns).toEqual(['Документы: Причины выбора шаблона']);
    expect(again.problems).toEqual([]);
    expect(w.book.sheets.get('Документы')?.[1]).toEqual(row);
  });

  it('still reports a renamed column at the end instead of writing over it', () => {
    const w = world();
    report(runSetup(w.deps, starter()));
    const header = w.book.sheets.get('Документы')?.[0];
    if (header !== undefined) header[DOCUMENTS_REGISTER.headers.length - 1] = 'Заметки';
    const again = report(runSetup(w.deps, starter()));
    expect(again.addedColumns).toEqual([]);
    expect(again.problems.join(' ')).toContain('Лист «Документы»: заголовки столбцов изменены');
    expect(w.book.sheets.get('Документы')?.[0]?.at(-1)).toBe('Заметки');
  });

  it('refuses starter templates that do not agree with the catalogue', () => {
    const w = world();
    const bad = starter();
    const files = { ...bad.files };
    delete files['docs/invoice.html'];
    const result = runSetup(w.deps, { ...bad, files });
    expect(result).toMatchObject({ status: 'error', type: 'starter_invalid' });
    expect(w.book.calls).toEqual([]);
  });
});
