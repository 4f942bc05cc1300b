// SpreadsheetApp as the product uses it. Values are stored as if typed by a user (the Sheets API's
// USER_ENTERED: https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption):
// "=…" is a formula, a leading apostrophe forces text and is not part of the value, numeric text
// becomes a number. setValues size errors: https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
// TextFinder: https://developers.google.com/apps-script/reference/spreadsheet/text-finder
import { loadScript, type LoadedScript } from '../../../scripts/emulators/workspace/runtime/host/scriptHost';
import type { SpreadsheetContent } from '../../../scripts/emulators/workspace/sheets/model';
import type { Workspace } from '../../../scripts/emulators/workspace/workspace';
import { failure, FIXTURE_CODE, newWorkspace, OWNER } from './helpers';

describe('SpreadsheetApp', () => {
  let workspace: Workspace;
  let script: LoadedScript;
  let id: string;
  const run = (fn: string, ...args: unknown[]): Promise<unknown> => script.run(fn, args, { user: OWNER });

  beforeAll(() => {
    workspace = newWorkspace();
    script = loadScript(workspace, FIXTURE_CODE);
  });

  afterAll(async () => {
    await script.close();
  });

  beforeEach(async () => {
    id = (await run('createSheetWithValues', 'Реестр', [['Номер', 'Клиент', 'Сумма']])) as string;
  });

  it('stores a leading "=" as a formula and a leading apostrophe as text without the apostrophe', async () => {
    await run('writeValues', id, 'A2:C2', [['=SUM(1,2)', "'=SUM(1,2)", '=HYPERLINK("https://example.test","Договор")']]);
    await expect(run('readValues', id, 'A2:C2')).resolves.toEqual([['#ERROR!', '=SUM(1,2)', 'Договор']]);
    await expect(run('readFormulas', id, 'A2:C2')).resolves.toEqual([['=SUM(1,2)', '', '=HYPERLINK("https://example.test","Договор")']]);
    const cells = (workspace.drive.get(id)?.content as SpreadsheetContent).sheets[0]?.rows[1];
    expect(cells?.[0]).toEqual({ v: '#ERROR!', f: '=SUM(1,2)' });
    expect(cells?.[1]).toEqual({ v: '=SUM(1,2)', quoted: true });
  });

  it('turns numeric text into numbers unless quoted, as typing would', async () => {
    await run('writeValues', id, 'A2:D2', [['007', "'007", '+79001234567', 'TRUE']]);
    await expect(run('readValues', id, 'A2:D2')).resolves.toEqual([[7, '007', 79001234567, true]]);
  });

  it('refuses data whose size differs from the range, with the platform’s messages', async () => {
    expect(await failure(run('writeValues', id, 'A2:C3', [['1', '2', '3']]))).toEqual({
      name: 'Exception',
      message: 'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    });
    expect((await failure(run('writeValues', id, 'A2:C2', [['1', '2']]))).message).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
  });

  it('appends rows after the last row with content', async () => {
    await expect(run('appendRows', id, [['1', 'ООО «Ромашка»', 1000], ['2', 'ОАО «Лютик»', 2500.5]])).resolves.toBe(3);
    await expect(run('readValues', id, 'A1:C3')).resolves.toEqual([
      ['Номер', 'Клиент', 'Сумма'],
      [1, 'ООО «Ромашка»', 1000],
      [2, 'ОАО «Лютик»', 2500.5],
    ]);
  });

  it('finds cells with TextFinder: substring, case-insensitive by default, or the entire cell', async () => {
    await run('appendRows', id, [['ДГ-1', 'ромашка', 1], ['ДГ-12', 'Ромашка плюс', 2]]);
    await expect(run('findCells', id, 'РОМАШКА', false)).resolves.toEqual({ first: 'B2', all: ['B2', 'B3'] });
    await expect(run('findCells', id, 'ДГ-1', true)).resolves.toEqual({ first: 'A2', all: ['A2'] });
    await expect(run('findCells', id, 'нет такого', false)).resolves.toEqual({ first: null, all: [] });
  });

  it('stores chart specs and frozen rows', async () => {
    await run('appendRows', id, [['1', 'А', 10], ['2', 'Б', 20]]);
    await expect(run('addChart', id)).resolves.toEqual([{ id: 1, ranges: ['A1:B3'], title: 'Итоги' }]);
    const sheet = (workspace.drive.get(id)?.content as SpreadsheetContent).sheets[0];
    expect(sheet?.frozenRows).toBe(1);
    expect(sheet?.charts).toEqual([{ chartId: 1, type: 'COLUMN', ranges: ['A1:B3'], position: { row: 5, column: 5, offsetX: 0, offsetY: 0 }, options: { title: 'Итоги' } }]);
  });

  it('refuses a range outside the sheet', async () => {
    expect((await failure(run('readValues', id, 'A1001'))).message).toBe('The coordinates of the range are outside the dimensions of the sheet.');
  });

  it('gives the script arrays and dates of its own realm', async () => {
    await expect(run('realmChecks')).resolves.toEqual({ arrayIsArray: true, arrayInstance: true, rowInstance: true, dateInstance: true, bytesInstance: true });
  });
});
