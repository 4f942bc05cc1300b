// Sharing enforcement and Drive content restrictions, as Apps Script and Drive document them:
// - DriveApp errors: https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String)
// - content restrictions: https://developers.google.com/drive/api/guides/limit-sharing
//   (read-only blocks title and content edits and comments; with ownerRestricted only the owner can lift it;
//   it is not an access restriction: editors can still share)
// - sharing with ANYONE_WITH_LINK / COMMENT: https://developers.google.com/apps-script/reference/drive/file#setSharing(Access,Permission)
import { loadScript, type LoadedScript } from '../../../scripts/emulators/workspace/runtime/host/scriptHost';
import type { Workspace } from '../../../scripts/emulators/workspace/workspace';
import { EDITOR, failure, FIXTURE_CODE, newWorkspace, OUTSIDER, OWNER, READER } from './helpers';

describe('sharing enforcement', () => {
  let workspace: Workspace;
  let script: LoadedScript;
  let sheetId: string;

  beforeEach(async () => {
    workspace = newWorkspace();
    script = loadScript(workspace, FIXTURE_CODE);
    sheetId = (await script.run('createSheetWithValues', ['Реестр', [['Номер', 'Сумма']]], { user: OWNER })) as string;
    workspace.share(sheetId, READER, 'reader');
    workspace.share(sheetId, EDITOR, 'writer');
  });

  afterEach(async () => {
    await script.close();
  });

  it('lets a reader read but refuses edits with "Access denied"', async () => {
    await expect(script.run('readValues', [sheetId, 'A1:B1'], { user: READER })).resolves.toEqual([['Номер', 'Сумма']]);
    expect(await failure(script.run('writeValues', [sheetId, 'A2:B2', [['1', '2']]], { user: READER }))).toEqual({
      name: 'Exception',
      message: 'Access denied: SpreadsheetApp.',
    });
    expect(await failure(script.run('renameFile', [sheetId, 'Другое имя'], { user: READER }))).toEqual({ name: 'Exception', message: 'Access denied: DriveApp.' });
  });

  it('hides the file from a user without access, with each service’s own message', async () => {
    expect((await failure(script.run('readValues', [sheetId, 'A1'], { user: OUTSIDER }))).message).toBe('You do not have permission to access the requested document.');
    expect((await failure(script.run('fileName', [sheetId], { user: OUTSIDER }))).message).toBe(
      'No item with the given ID could be found, or you do not have permission to access it.',
    );
  });

  it('lets an editor write', async () => {
    await script.run('writeValues', [sheetId, 'A2:B2', [['7', '100']]], { user: EDITOR });
    await expect(script.run('readValues', [sheetId, 'A2:B2'], { user: OWNER })).resolves.toEqual([[7, 100]]);
  });

  it('shares with "anyone with the link" as commenter: anyone can read and comment, nobody new can edit', async () => {
    await expect(script.run('shareAsCommenterLink', [sheetId], { user: OWNER })).resolves.toEqual({ access: 'ANYONE_WITH_LINK', permission: 'COMMENT' });
    await expect(script.run('readValues', [sheetId, 'A1'], { user: OUTSIDER })).resolves.toEqual([['Номер']]);
    await expect(script.run('commentOn', [sheetId, 'Просим уточнить сумму'], { user: OUTSIDER })).resolves.toEqual({
      content: 'Просим уточнить сумму',
      author: { emailAddress: OUTSIDER },
      id: expect.any(String),
    });
    expect((await failure(script.run('writeValues', [sheetId, 'A1', [['x']]], { user: OUTSIDER }))).message).toBe('Access denied: SpreadsheetApp.');
    const listed = workspace.files().find((f) => f.id === sheetId);
    expect(listed?.permissions).toContainEqual({ id: 'anyoneWithLink', type: 'anyone', role: 'commenter', allowFileDiscovery: false });
  });

  it('refuses link sharing when the domain forbids it', async () => {
    const strict = newWorkspace({ domain: { allowAnyoneWithLink: false } });
    const strictScript = loadScript(strict, FIXTURE_CODE);
    try {
      const id = (await strictScript.run('createSheetWithValues', ['Закрытый', [['x']]], { user: OWNER })) as string;
      expect(await failure(strictScript.run('shareAsCommenterLink', [id], { user: OWNER }))).toEqual({ name: 'Exception', message: 'Access denied: DriveApp.' });
    } finally {
      await strictScript.close();
    }
  });

  it('lists editors and viewers for editors only', async () => {
    const shared = (await script.run('shareWith', [sheetId, 'lawyer@docflow.test', 'commenter'], { user: OWNER })) as { editors: string[]; viewers: string[] };
    expect(shared.editors).toEqual([EDITOR]);
    expect(shared.viewers.sort()).toEqual(['lawyer@docflow.test', READER].sort());
  });
});

describe('content restrictions', () => {
  let workspace: Workspace;
  let script: LoadedScript;
  let docId: string;

  beforeEach(async () => {
    workspace = newWorkspace();
    script = loadScript(workspace, FIXTURE_CODE);
    docId = (await script.run('createDoc', ['Договор № 1', 'Предмет договора'], { user: OWNER })) as string;
    workspace.share(docId, EDITOR, 'writer');
  });

  afterEach(async () => {
    await script.close();
  });

  it('a read-only document refuses edits, renames and comments, even from its editors', async () => {
    await script.run('lockFile', [docId, false, 'На согласовании'], { user: OWNER });
    expect(await failure(script.run('appendToDoc', [docId, 'Правка'], { user: EDITOR }))).toEqual({ name: 'Exception', message: 'Access denied: DocumentApp.' });
    expect(await failure(script.run('renameFile', [docId, 'Новое имя'], { user: EDITOR }))).toEqual({ name: 'Exception', message: 'Access denied: DriveApp.' });
    const comment = await failure(script.run('commentOn', [docId, 'Замечание'], { user: EDITOR }));
    expect(comment.name).toBe('GoogleJsonResponseException');
    expect(comment.message).toBe('API call to drive.comments.create failed with error: The user does not have sufficient permissions for this file.');
    await expect(script.run('docText', [docId], { user: EDITOR })).resolves.toContain('Предмет договора');
  });

  it('does not restrict access: an editor of a locked file can still share it', async () => {
    await script.run('lockFile', [docId, false, 'На согласовании'], { user: OWNER });
    await expect(script.run('shareWith', [docId, READER, 'viewer'], { user: EDITOR })).resolves.toEqual({ editors: [EDITOR], viewers: [READER] });
  });

  it('an editor may lift a restriction that is not owner-restricted', async () => {
    await script.run('lockFile', [docId, false, 'На согласовании'], { user: OWNER });
    await expect(script.run('unlockFile', [docId], { user: EDITOR })).resolves.toEqual({ id: docId });
    await expect(script.run('appendToDoc', [docId, 'Правка'], { user: EDITOR })).resolves.toContain('Правка');
  });

  it('only the owner can lift an owner-restricted lock', async () => {
    const locked = await script.run('lockFile', [docId, true, 'Подписан'], { user: OWNER });
    expect(locked).toEqual({
      contentRestrictions: [
        expect.objectContaining({ readOnly: true, ownerRestricted: true, reason: 'Подписан', restrictingUser: expect.objectContaining({ emailAddress: OWNER }) }),
      ],
    });
    const refused = await failure(script.run('unlockFile', [docId], { user: EDITOR }));
    expect(refused).toEqual({ name: 'GoogleJsonResponseException', message: 'API call to drive.files.update failed with error: The user does not have sufficient permissions for this file.' });
    expect(workspace.drive.get(docId)?.contentRestriction?.readOnly).toBe(true);
    await script.run('unlockFile', [docId], { user: OWNER });
    await expect(script.run('appendToDoc', [docId, 'После снятия'], { user: EDITOR })).resolves.toContain('После снятия');
  });

  it('only the owner may set an owner-restricted lock', async () => {
    expect((await failure(script.run('lockFile', [docId, true, 'Подписан'], { user: EDITOR }))).name).toBe('GoogleJsonResponseException');
  });
});

describe('permissions through the Drive advanced service (v3)', () => {
  let workspace: Workspace;
  let script: LoadedScript;
  let fileId: string;

  beforeEach(async () => {
    workspace = newWorkspace();
    script = loadScript(workspace, FIXTURE_CODE);
    fileId = (await script.run('createSheetWithValues', ['Реестр', [['x']]], { user: OWNER })) as string;
  });

  afterEach(async () => {
    await script.close();
  });

  it('creates, lists, updates and removes permissions with the v3 shapes', async () => {
    const created = (await script.run('driveApi', ['Permissions.create', [{ role: 'writer', type: 'user', emailAddress: EDITOR }, fileId, { sendNotificationEmail: false }]], { user: OWNER })) as { id: string };
    expect(created).toEqual({ kind: 'drive#permission', id: expect.stringMatching(/^\d+$/), type: 'user', role: 'writer' });

    const listed = await script.run('driveApi', ['Permissions.list', [fileId, { fields: 'permissions(id,role,type,emailAddress)' }]], { user: OWNER });
    expect(listed).toEqual({
      permissions: [
        { id: expect.any(String), role: 'owner', type: 'user', emailAddress: OWNER },
        { id: created.id, role: 'writer', type: 'user', emailAddress: EDITOR },
      ],
    });

    await script.run('driveApi', ['Permissions.update', [{ role: 'commenter' }, fileId, created.id]], { user: OWNER });
    expect(workspace.drive.get(fileId)?.permissions).toEqual([{ id: created.id, email: EDITOR, role: 'commenter' }]);

    await script.run('driveApi', ['Permissions.remove', [fileId, created.id]], { user: OWNER });
    expect(workspace.drive.get(fileId)?.permissions).toEqual([]);
  });

  it('grants "anyone with the link" as commenter', async () => {
    const created = await script.run('driveApi', ['Permissions.create', [{ role: 'commenter', type: 'anyone' }, fileId]], { user: OWNER });
    expect(created).toEqual({ kind: 'drive#permission', id: 'anyoneWithLink', type: 'anyone', role: 'commenter' });
    await expect(script.run('readValues', [fileId, 'A1'], { user: OUTSIDER })).resolves.toEqual([['x']]);
  });

  it('refuses sharing by a reader and hides the file from outsiders as "File not found"', async () => {
    workspace.share(fileId, READER, 'reader');
    const byReader = await failure(script.run('driveApi', ['Permissions.create', [{ role: 'reader', type: 'user', emailAddress: OUTSIDER }, fileId]], { user: READER }));
    expect(byReader.message).toBe('API call to drive.permissions.create failed with error: The user does not have sufficient permissions for this file.');
    const byOutsider = await failure(script.run('driveApi', ['Files.get', [fileId]], { user: OUTSIDER }));
    expect(byOutsider.message).toBe(`API call to drive.files.get failed with error: File not found: ${fileId}.`);
  });

  it('returns only the default fields of a file unless `fields` asks for more', async () => {
    await expect(script.run('driveApi', ['Files.get', [fileId]], { user: OWNER })).resolves.toEqual({
      kind: 'drive#file',
      id: fileId,
      name: 'Реестр',
      mimeType: 'application/vnd.google-apps.spreadsheet',
    });
    await expect(script.run('driveApi', ['Files.get', [fileId, { fields: 'owners(emailAddress),capabilities/canEdit' }]], { user: OWNER })).resolves.toEqual({
      owners: [{ emailAddress: OWNER }],
      capabilities: { canEdit: true },
    });
  });
});
