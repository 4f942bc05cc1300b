// DriveApp files and folders: copies, moves, iterators, uploads.
// https://developers.google.com/apps-script/reference/drive/file#makeCopy(String,Folder)
// https://developers.google.com/apps-script/reference/drive/file#moveTo(Folder)
import { loadScript, type LoadedScript } from '../../../scripts/emulators/workspace/runtime/host/scriptHost';
import type { Workspace } from '../../../scripts/emulators/workspace/workspace';
import { EDITOR, failure, FIXTURE_CODE, newWorkspace, OWNER, READER } from './helpers';

describe('DriveApp', () => {
  let workspace: Workspace;
  let script: LoadedScript;

  beforeEach(() => {
    workspace = newWorkspace();
    script = loadScript(workspace, FIXTURE_CODE);
  });

  afterEach(async () => {
    await script.close();
  });

  it('copies a file into a folder: the copy belongs to whoever copied it, without the original’s sharing', async () => {
    const templateId = (await script.run('createSheetWithValues', ['Шаблон', [['Поле']]], { user: OWNER })) as string;
    workspace.share(templateId, READER, 'reader');
    await script.run('shareAsCommenterLink', [templateId], { user: OWNER });
    const folderId = (await script.run('makeFolder', ['Договоры'], { user: READER })) as string;
    const copy = (await script.run('copyInto', [templateId, 'Договор № 5', folderId], { user: READER })) as { id: string; owner: string; parents: string[] };
    expect(copy).toEqual({ id: expect.any(String), owner: READER, parents: [folderId] });
    expect(workspace.drive.get(copy.id)).toMatchObject({ name: 'Договор № 5', permissions: [], general: null, contentRestriction: null });
    await expect(script.run('readValues', [copy.id, 'A1'], { user: READER })).resolves.toEqual([['Поле']]);
  });

  it('moves a file into a folder the user can edit, and refuses one they cannot', async () => {
    const fileId = (await script.run('createSheetWithValues', ['Счёт', [['1']]], { user: OWNER })) as string;
    const folderId = (await script.run('makeFolder', ['Счета'], { user: OWNER })) as string;
    await expect(script.run('moveInto', [fileId, folderId], { user: OWNER })).resolves.toEqual(['Счёт']);
    workspace.share(fileId, EDITOR, 'writer');
    workspace.share(folderId, READER, 'reader');
    const editorsFolder = (await script.run('makeFolder', ['Мои'], { user: EDITOR })) as string;
    expect(await failure(script.run('moveInto', [fileId, folderId], { user: READER }))).toEqual({ name: 'Exception', message: 'Access denied: DriveApp.' });
    await expect(script.run('moveInto', [fileId, editorsFolder], { user: EDITOR })).resolves.toEqual(['Счёт']);
  });

  it('shares a folder’s contents with the folder’s users', async () => {
    const folderId = (await script.run('makeFolder', ['Общая'], { user: OWNER })) as string;
    const fileId = (await script.run('createSheetWithValues', ['Файл', [['x']]], { user: OWNER })) as string;
    await script.run('moveInto', [fileId, folderId], { user: OWNER });
    workspace.share(folderId, READER, 'reader');
    await expect(script.run('readValues', [fileId, 'A1'], { user: READER })).resolves.toEqual([['x']]);
  });

  it('uploads a blob and finds files by name', async () => {
    const uploaded = (await script.run('uploadText', ['опись.txt', 'Опись вложения'], { user: OWNER })) as { id: string };
    expect(uploaded).toEqual({ id: expect.any(String), type: 'text/plain', text: 'Опись вложения', url: `https://drive.google.com/file/d/${uploaded.id}/view?usp=drivesdk` });
    await expect(script.run('listByName', ['опись.txt'], { user: OWNER })).resolves.toEqual([uploaded.id]);
    await expect(script.run('listByName', ['опись.txt'], { user: READER })).resolves.toEqual([]);
  });

  it('throws past the end of an iterator', async () => {
    expect(await failure(script.run('nextPastEnd', [], { user: OWNER }))).toEqual({ name: 'Exception', message: 'Cannot retrieve the next object: iterator has reached the end.' });
  });
});

describe('Ui, ScriptApp and logs', () => {
  let workspace: Workspace;
  let script: LoadedScript;

  beforeEach(() => {
    workspace = newWorkspace();
    script = loadScript(workspace, FIXTURE_CODE);
  });

  afterEach(async () => {
    await script.close();
  });

  it('answers alerts with what the test queued, and records them', async () => {
    const id = workspace.createSpreadsheet(OWNER, 'Реестр').id;
    workspace.ui.respondNext({ button: 'NO' });
    await expect(script.run('askConfirm', ['Отправить клиенту?'], { user: OWNER, kind: 'ui', containerId: id })).resolves.toBe(false);
    await expect(script.run('askConfirm', ['Отправить клиенту?'], { user: OWNER, kind: 'ui', containerId: id })).resolves.toBe(true);
    expect(workspace.ui.all()[0]).toMatchObject({ kind: 'alert', title: 'Подтверждение', message: 'Отправить клиенту?', user: OWNER });
  });

  it('has no web app URL until a server serves the script', async () => {
    await expect(script.run('serviceUrl', [], { user: OWNER })).resolves.toEqual({ url: null, token: true });
  });

  it('returns Logger and console lines with the execution', async () => {
    const result = await script.execute('logSomething', ['Анна'], { user: OWNER });
    expect(result).toMatchObject({ ok: true, value: 'Здравствуйте, Анна\n', logs: ['Здравствуйте, Анна', 'WARNING: осторожно'] });
  });
});
