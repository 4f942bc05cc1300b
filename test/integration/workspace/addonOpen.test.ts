// An Editor add-on for Docs and Sheets in the emulator: onOpen(e) as Google runs it when a person
// opens a file (openInEditor), AuthMode.NONE allowing nothing but menus, and each editor's Ui only
// in its own host.
import { join } from 'node:path';
import { loadScript, openInEditor, type LoadedScript } from '../../../scripts/emulators/workspace';
import { failure, newWorkspace, OWNER } from './helpers';

const ADDON_CODE = join(__dirname, 'addonFixture', 'Code.js');

let workspace: ReturnType<typeof newWorkspace>;
let script: LoadedScript;
let documentId: string;
let spreadsheetId: string;

beforeAll(async () => {
  workspace = newWorkspace();
  script = loadScript(workspace, ADDON_CODE);
  documentId = String(await script.run('makeDocument', ['Договор № 2026-00001'], { user: OWNER }));
  spreadsheetId = workspace.createSpreadsheet(OWNER, 'Реестры').id;
});

afterAll(async () => {
  await script?.close();
});

beforeEach(() => workspace.ui.clear());

describe('onOpen(e) of an Editor add-on', () => {
  it('in a Google Doc builds the add-on menu, in AuthMode.NONE, with the event object Google passes', async () => {
    const opened = await openInEditor(script, { user: OWNER, containerId: documentId });
    expect(opened.ok).toBe(true);
    expect(workspace.ui.all()).toEqual([
      expect.objectContaining({ kind: 'menu', user: OWNER, containerId: documentId, menu: { name: 'Add-on', addon: true, items: [{ caption: 'Карточка', functionName: 'showCard' }] } }),
    ]);
    expect(workspace.executions.all().at(-1)).toMatchObject({ functionName: 'onOpen', kind: 'ui', ok: true });
  });

  it('in a spreadsheet builds that editor\'s own menu: DocumentApp.getUi() is not available there', async () => {
    await openInEditor(script, { user: OWNER, containerId: spreadsheetId });
    expect(workspace.ui.all()).toEqual([expect.objectContaining({ kind: 'menu', containerId: spreadsheetId, menu: { name: 'Реестры', items: [{ caption: 'Карточка', functionName: 'showCard' }] } })]);
  });

  it('reads script properties only when authorized: LIMITED (the add-on used in this file) and onInstall\'s FULL', async () => {
    await openInEditor(script, { user: OWNER, containerId: documentId, authMode: 'LIMITED' });
    expect(await script.run('readProperty', [], { user: OWNER })).toBe('LIMITED');
    await openInEditor(script, { user: OWNER, containerId: documentId, trigger: 'onInstall' });
    expect(await script.run('readProperty', [], { user: OWNER })).toBe('FULL');
  });
});

describe('AuthMode.NONE allows building menus and nothing else', () => {
  it.each([
    ['the active document', 'activeDocumentName', 'DocumentApp.getActiveDocument'],
    ['script properties', 'readProperty', 'PropertiesService.getScriptProperties'],
    ['a fetch', 'fetchSomething', 'UrlFetchApp.fetch'],
  ])('refuses %s', async (_what, functionName, call) => {
    const run = script.run(functionName, [], { user: OWNER, containerId: documentId, kind: 'ui', authMode: 'NONE' });
    expect(await failure(run)).toEqual({ name: 'Exception', message: expect.stringContaining(`You do not have permission to call ${call}.`) });
  });

  it('the same calls work in LIMITED', async () => {
    expect(await script.run('activeDocumentName', [], { user: OWNER, containerId: documentId, kind: 'ui', authMode: 'LIMITED' })).toBe('Договор № 2026-00001');
  });
});

describe('each editor\'s Ui only in its own host', () => {
  it('SpreadsheetApp.getUi() in a Google Doc throws as Apps Script does', async () => {
    expect(await failure(script.run('spreadsheetUi', [], { user: OWNER, containerId: documentId, kind: 'ui' }))).toEqual({
      name: 'Exception',
      message: 'Cannot call SpreadsheetApp.getUi() from this context.',
    });
    expect(await script.run('documentUi', [], { user: OWNER, containerId: documentId, kind: 'ui' })).toBe('function');
  });

  it('DocumentApp.getUi() in a spreadsheet throws as Apps Script does', async () => {
    expect(await failure(script.run('documentUi', [], { user: OWNER, containerId: spreadsheetId, kind: 'ui' }))).toEqual({
      name: 'Exception',
      message: 'Cannot call DocumentApp.getUi() from this context.',
    });
    expect(await script.run('spreadsheetUi', [], { user: OWNER, containerId: spreadsheetId, kind: 'ui' })).toBe('function');
  });
});
