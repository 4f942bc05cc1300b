// The script runtime: sessions, Utilities (signed bytes: https://developers.google.com/apps-script/reference/utilities/utilities#computeHmacSha256Signature(String,String)),
// captured mail, time-driven triggers (https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers)
// and service-call counting.
import { createHmac } from 'node:crypto';
import { loadScript, type LoadedScript } from '../../../scripts/emulators/workspace/runtime/host/scriptHost';
import { runDueTriggers } from '../../../scripts/emulators/workspace/runtime/host/triggerRunner';
import type { Workspace } from '../../../scripts/emulators/workspace/workspace';
import { EDITOR, failure, FIXTURE_CODE, newWorkspace, OWNER, READER } from './helpers';

describe('the script runtime', () => {
  let workspace: Workspace;
  let script: LoadedScript;

  beforeEach(() => {
    workspace = newWorkspace({ now: () => new Date('2025-03-01T09:00:00Z') });
    script = loadScript(workspace, FIXTURE_CODE);
  });

  afterEach(async () => {
    await script.close();
  });

  it('runs as the chosen user, and models a web app executing as its deployer', async () => {
    await expect(script.run('whoAmI', [], { user: READER })).resolves.toEqual({ active: READER, effective: READER, tz: 'Europe/Moscow' });
    await expect(script.run('whoAmI', [], { user: OWNER, activeUser: '', effectiveUser: OWNER })).resolves.toEqual({ active: '', effective: OWNER, tz: 'Europe/Moscow' });
  });

  it('computes HMAC-SHA256 as Java signed bytes', async () => {
    const bytes = (await script.run('hmac', ['1700000000.nonce.{"a":1}', 'секрет'], { user: OWNER })) as number[];
    const expected = [...createHmac('sha256', 'секрет').update('1700000000.nonce.{"a":1}').digest()].map((b) => (b > 127 ? b - 256 : b));
    expect(bytes).toEqual(expected);
    expect(bytes.some((b) => b < 0)).toBe(true);
    await expect(script.run('hmacHex', ['m', 'k'], { user: OWNER })).resolves.toBe(createHmac('sha256', 'k').update('m').digest('hex'));
  });

  it('formats dates with SimpleDateFormat patterns and encodes base64', async () => {
    await expect(script.run('utilitiesTour', [], { user: OWNER })).resolves.toEqual({
      moscow: '2024-01-06T00:07:09 Sat Jan',
      utc: '05.01.24 21:07',
      base64: Buffer.from('Привет').toString('base64'),
      webSafe: '__79',
      decoded: 'Привет',
      sha256: [-70, 120, 22, -65],
      uuidLength: 36,
    });
  });

  it('sees the emulated clock through new Date() and Date.now()', async () => {
    workspace.clock.set(new Date('2030-12-31T20:00:00Z'));
    const seen = (await script.run('nowIso', [], { user: OWNER })) as { date: string; now: number; isDate: boolean };
    expect(Math.abs(Date.parse(seen.date) - Date.parse('2030-12-31T20:00:00Z'))).toBeLessThan(60_000);
    expect(Math.abs(seen.now - Date.parse('2030-12-31T20:00:00Z'))).toBeLessThan(60_000);
    expect(seen.isDate).toBe(true);
  });

  it('captures mail from MailApp and GmailApp with the sender and bodies', async () => {
    await expect(script.run('mail', ['client@example.test', 'Договор на согласование'], { user: EDITOR })).resolves.toBe(1498);
    expect(workspace.outbox.all()).toEqual([
      expect.objectContaining({ service: 'MailApp', from: EDITOR, to: 'client@example.test', subject: 'Договор на согласование', body: 'Текст письма', htmlBody: '<b>Текст</b>' }),
      expect.objectContaining({ service: 'GmailApp', from: EDITOR, subject: 'Договор на согласование (Gmail)', body: 'body' }),
    ]);
  });

  it('creates time-driven triggers and fires them when the emulated clock reaches them', async () => {
    await expect(script.run('installTriggers', [], { user: OWNER })).resolves.toEqual(['hourly:CLOCK', 'nightly:CLOCK']);
    await expect(runDueTriggers(script)).resolves.toEqual([]);
    workspace.clock.advance(60 * 60 * 1000);
    const fired = await runDueTriggers(script);
    expect(fired.map((f) => [f.handlerFunction, f.ok])).toEqual([['hourly', true]]);
    expect(workspace.properties.script.get('hourlyRuns')).toBe('1');
    expect(workspace.properties.script.get('hourlyUid')).toBe(fired[0]?.uid);
    // 03:00 Moscow time is 00:00 UTC: 15 hours after 09:00 UTC.
    workspace.clock.advance(14 * 60 * 60 * 1000);
    expect((await runDueTriggers(script)).map((f) => f.handlerFunction).sort()).toEqual(['hourly', 'nightly']);
    expect(workspace.properties.script.get('nightlyRan')).toBe('yes');
  });

  it('counts service calls per service and per operation', async () => {
    const id = (await script.run('createSheetWithValues', ['Реестр', [['a', 'b'], ['c', 'd']]], { user: OWNER })) as string;
    workspace.calls.reset();
    await expect(script.run('counted', [id], { user: OWNER })).resolves.toBe(2);
    expect(workspace.calls.snapshot()).toEqual({
      SpreadsheetApp: 6,
      'SpreadsheetApp.openById': 1,
      'SpreadsheetApp.Spreadsheet.getSheets': 1,
      'SpreadsheetApp.Sheet.getDataRange': 1,
      'SpreadsheetApp.Sheet.getRange': 1,
      'SpreadsheetApp.Range.getValues': 1,
      'SpreadsheetApp.Range.setValues': 1,
    });
  });

  it('reports a missing function as Apps Script does', async () => {
    expect(await failure(script.run('noSuchFunction', [], { user: OWNER }))).toEqual({ name: 'Exception', message: 'Script function not found: noSuchFunction' });
  });

  it('refuses Ui outside a document’s UI', async () => {
    expect(await failure(script.run('onOpen', [], { user: OWNER, kind: 'webapp' }))).toEqual({ name: 'Exception', message: 'Cannot call SpreadsheetApp.getUi() from this context.' });
  });

  it('captures menus and sidebars shown through Ui', async () => {
    const id = workspace.createSpreadsheet(OWNER, 'Реестр').id;
    await script.run('onOpen', [], { user: OWNER, kind: 'ui', containerId: id });
    await script.run('showSidebar', [], { user: OWNER, kind: 'ui', containerId: id });
    const [menu, sidebar] = workspace.ui.all();
    expect(menu).toMatchObject({ kind: 'menu', user: OWNER, containerId: id, menu: { name: 'Docflow', items: [{ caption: 'Открыть', functionName: 'showSidebar' }] } });
    expect(sidebar).toMatchObject({ kind: 'sidebar', title: 'Docflow' });
    expect(sidebar?.html).toContain('<h1>Панель &lt;договора&gt;</h1>');
    expect(sidebar?.html).toContain('<footer>Docflow</footer>');
  });
});
