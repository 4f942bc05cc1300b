// Setup in the registers spreadsheet, run from its menu by the administrator: it asks for what is
// missing, imports the starter templates through Drive's HTML conversion, and a second run
// changes nothing.
import { createWorkspace, loadScript, type LoadedScript, type Workspace } from '../../../scripts/emulators/workspace';
import type { DocumentData } from '../../../scripts/emulators/workspace/docs';
import { renderDocument } from '../../../scripts/emulators/workspace/documents';
import type { SpreadsheetContent } from '../../../scripts/emulators/workspace/sheets/model';
import { ADMIN, builtBundle, MANAGER } from './helpers/generationStack';

jest.setTimeout(180_000);

let workspace: Workspace;
let script: LoadedScript;
let bookId: string;

beforeAll(async () => {
  const codePath = await builtBundle();
  workspace = createWorkspace({ users: [ADMIN, MANAGER, 'lawyer@docflow.test'] });
  bookId = workspace.createSpreadsheet(ADMIN, 'Docflow — реестры').id;
  script = loadScript(workspace, codePath, { containerId: bookId });
});

afterAll(async () => {
  await script?.close();
});

const sheetNames = (): string[] => (workspace.drive.get(bookId)?.content as SpreadsheetContent).sheets.map((sheet) => sheet.name);
const property = (key: string): string | undefined => workspace.properties.snapshot().script[key];

describe('Docflow → Настройка', () => {
  it('adds the Docflow menu with Setup to the registers spreadsheet', async () => {
    await script.run('onOpen', [], { user: ADMIN, kind: 'ui' });
    const menu = workspace.ui.all().find((event) => event.kind === 'menu')?.menu;
    expect(menu?.name).toBe('Docflow');
    expect(menu?.items).toContainEqual({ caption: 'Настройка', functionName: 'setupFromMenu' });
  });

  it('asks for the missing configuration, keeps the answers in Script Properties and sets everything up', async () => {
    workspace.ui.respondNext({ button: 'OK', text: 'https://portal.bitrix24.ru/rest/1/abc123/' });
    workspace.ui.respondNext({ button: 'OK', text: 'app-token-1' });
    workspace.ui.respondNext({ button: 'OK', text: '' });
    workspace.ui.respondNext({ button: 'OK', text: 'bridge-secret-1' });
    await script.run('setupFromMenu', [], { user: ADMIN, kind: 'ui' });
    const prompts = workspace.ui.all().filter((event) => event.kind === 'prompt');
    expect(prompts).toHaveLength(4);
    expect(prompts[0]?.message).toMatch(/вебхука Битрикс24/);
    expect(property('BITRIX24_WEBHOOK_URL')).toBe('https://portal.bitrix24.ru/rest/1/abc123/');
    expect(property('BITRIX24_APP_TOKEN')).toBe('app-token-1');
    expect(property('ROBOT_SECRET')).toMatch(/^[0-9a-f]{32}$/);
    expect(property('BRIDGE_SECRET')).toBe('bridge-secret-1');
    expect(property('REGISTERS_SPREADSHEET_ID')).toBe(bookId);
    const alert = workspace.ui.all().filter((event) => event.kind === 'alert').pop();
    expect(alert?.message).toMatch(/Настройка Docflow выполнена/);
    expect(sheetNames()).toEqual(expect.arrayContaining(['Документы', 'Корреспонденция', 'Согласования', 'Шаблоны', 'Настройки', 'Очередь печати', 'Сводка']));
  });

  it('imports every starter template as a Google Doc with its requisites range and its header', () => {
    const templatesFolder = property('TEMPLATES_FOLDER_ID') ?? '';
    const templates = workspace.drive.all().filter((file) => file.parents.includes(templatesFolder));
    expect(templates).toHaveLength(14);
    for (const file of templates) {
      expect(file.mimeType).toBe('application/vnd.google-apps.document');
      const data = file.content as DocumentData;
      expect(Object.keys(data.namedRanges)).toEqual(['docflow_requisites']);
      const text = renderDocument.text(data);
      expect(text).toContain('{{doc.barcode}}');
      expect(text).not.toMatch(/\{\{[#/]requisites\}\}/);
    }
  });

  it('keeps the Templates folder closed to managers', () => {
    const templatesFolder = workspace.drive.get(property('TEMPLATES_FOLDER_ID') ?? '');
    if (templatesFolder === undefined) throw new Error('no Templates folder');
    expect(workspace.drive.roleOf(templatesFolder, ADMIN)).toBe('owner');
    expect(workspace.drive.roleOf(templatesFolder, MANAGER)).toBe('none');
  });

  it('changes nothing when run again', async () => {
    const before = JSON.stringify(workspace.files());
    const cells = JSON.stringify(workspace.drive.get(bookId)?.content);
    const result = (await script.run('runDocflowSetup', [], { user: ADMIN })) as { status: string; response: { templates: { status: string }[]; createdSheets: string[]; createdFolders: string[] } };
    expect(result.status).toBe('success');
    expect(result.response.createdSheets).toEqual([]);
    expect(result.response.createdFolders).toEqual([]);
    expect(result.response.templates.every((template) => template.status === 'unchanged')).toBe(true);
    expect(JSON.stringify(workspace.files().map(({ modifiedTime: _m, ...rest }) => rest))).toBe(
      JSON.stringify((JSON.parse(before) as { modifiedTime: string }[]).map(({ modifiedTime: _m, ...rest }) => rest)),
    );
    expect(JSON.stringify(workspace.drive.get(bookId)?.content)).toBe(cells);
  });

  it('stops at a cancelled prompt and changes nothing', async () => {
    workspace.properties.script.delete('BRIDGE_SECRET');
    workspace.ui.respondNext({ button: 'CANCEL' });
    const before = JSON.stringify(workspace.files());
    await script.run('setupFromMenu', [], { user: ADMIN, kind: 'ui' });
    expect(JSON.stringify(workspace.files())).toBe(before);
    expect(property('BRIDGE_SECRET')).toBeUndefined();
    expect(workspace.ui.all().filter((event) => event.kind === 'alert').pop()?.message).toMatch(/Настройка отменена/);
  });
});
