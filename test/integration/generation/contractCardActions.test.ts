// The contract card's server functions on the built bundle in the emulators: the template reasons
// the register keeps (they survive a change of the deal's products), and «Создать приложение»
// making the next numbered appendix — two presses two appendices, concurrent presses one.
import { openInEditor } from '../../../scripts/emulators/workspace';
import { DOCUMENTS_REGISTER } from '../../../shared/registers';
import { demoSeed, MANAGER, startGenerationStack, type Stack } from './helpers/generationStack';

jest.setTimeout(240_000);

const CONTRACT = 'C-2026-00001';

interface CardAnswer {
  status: string;
  detail?: string;
  response?: { number: string; dealDocumentCount: number; template: { reasons: string[]; reasonsNote: string | null } };
}
interface AppendixAnswer {
  status: string;
  type?: string;
  detail?: string;
  response?: { created: { number: string; title: string }[]; message: string };
}

let stack: Stack;

beforeAll(async () => {
  stack = await startGenerationStack({ robots: false, events: false });
  const generated = await stack.generate('2');
  if (generated.response?.status !== 'generated') throw new Error(`Deal 2 not generated: ${JSON.stringify(generated)}`);
  // The card's functions run as the person at the keyboard (google.script.run). Today «Создать
  // приложение» generates in that execution, so the manager needs what generation touches: the
  // registers and the Documents folder to write, the Templates folder to copy from.
  const script = stack.workspace.properties.snapshot().script;
  stack.workspace.share(stack.bookId, MANAGER, 'writer');
  stack.workspace.share(script['DOCUMENTS_FOLDER_ID'] ?? '', MANAGER, 'writer');
  stack.workspace.share(script['TEMPLATES_FOLDER_ID'] ?? '', MANAGER, 'reader');
});

afterAll(async () => {
  await stack?.stop();
});

const card = async (number: string): Promise<NonNullable<CardAnswer['response']>> => {
  const answer = (await stack.server.script.run('getContractCard', [number], { user: MANAGER })) as CardAnswer;
  if (answer.status !== 'success' || answer.response === undefined) throw new Error(`card ${number}: ${JSON.stringify(answer)}`);
  return answer.response;
};
const press = async (seen: number): Promise<AppendixAnswer> =>
  (await stack.server.script.run('createAppendix', [CONTRACT, seen], { user: MANAGER })) as AppendixAnswer;

describe('the template reasons the register keeps', () => {
  it('the card shows the reasons recorded at generation after the deal\'s products changed; an older row without them says they cannot be restored', async () => {
    const recorded = stack.documents().find((row) => row.registryNumber === CONTRACT)?.templateReasons;
    expect(recorded).toEqual(['Товары раздела «Сайты / Разработка» → договор на разработку сайта']);

    // The deal now sells a 1C licence instead: re-derived reasons would no longer hold.
    const seed = demoSeed();
    seed['productRows'] = (seed['productRows'] ?? []).map((row) =>
      row['OWNER_ID'] === 2 ? { ...row, PRODUCT_ID: 9, PRODUCT_NAME: '1С:Бухгалтерия 8 ПРОФ', PRICE: 30000, QUANTITY: 1 } : row,
    );
    for (const deal of seed['deals'] ?? []) if (deal['ID'] === 2) deal['STAGE_ID'] = 'DOCS_GENERATE';
    const reseeded = await fetch(`${stack.bitrix.baseUrl}/_emulator/seed`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(seed) });
    expect(reseeded.status).toBe(200);

    const shown = await card(CONTRACT);
    expect(shown.template.reasons).toEqual(recorded);
    expect(shown.template.reasonsNote).toBeNull();

    // The same row as an older Docflow wrote it: the reasons cell empty.
    const sheetRow = stack.documents().findIndex((row) => row.registryNumber === `${CONTRACT}.P001`) + 2;
    if (sheetRow < 2) throw new Error('no appendix row');
    const content = stack.workspace.drive.get(stack.bookId)?.content as { sheets: { name: string; rows: ({ v: unknown } | null)[][] }[] };
    const register = content.sheets.find((sheet) => sheet.name === 'Документы');
    const cells = register?.rows[sheetRow - 1];
    if (cells === undefined) throw new Error('no sheet row');
    cells[DOCUMENTS_REGISTER.fields.indexOf('templateReasons')] = null;
    stack.workspace.markChanged(stack.bookId);
    const older = await card(`${CONTRACT}.P001`);
    expect(older.template.reasons).toEqual([]);
    expect(older.template.reasonsNote).toMatch(/^Причины выбора шаблона не восстановлены: товары сделки изменились/);
  });
});

describe('«Создать приложение» on the contract card', () => {
  it('answers to the catalogue first: the deal\'s changed products make their own contract and invoice', async () => {
    const shown = await card(CONTRACT);
    const answer = await press(shown.dealDocumentCount);
    expect(answer.response?.created.map((document) => document.number)).toEqual(['C-2026-00003', 'I-2026-00002']);
    expect(stack.documents().find((row) => row.registryNumber === 'C-2026-00003')?.template.key).toBe('contract.licence.1c');
  });

  it('two presses, each from the refreshed card, then make Приложение № 2 and № 3 to the contract, numbered, registered, with barcodes', async () => {
    const before = await card(CONTRACT);
    const first = await press(before.dealDocumentCount);
    expect(first).toMatchObject({ status: 'success', response: { created: [{ number: `${CONTRACT}.P002` }] } });
    expect(first.response?.message).toBe('Сформировано: Приложение №\u00a02 к Договору №\u00a02026-00001.');

    const refreshed = await card(CONTRACT);
    expect(refreshed.dealDocumentCount).toBe(before.dealDocumentCount + 1);
    const second = await press(refreshed.dealDocumentCount);
    expect(second.response?.created.map((document) => document.number)).toEqual([`${CONTRACT}.P003`]);

    const rows = stack.documents().filter((row) => row.parentContractNumber === CONTRACT);
    expect(rows.map((row) => row.registryNumber)).toEqual([`${CONTRACT}.P001`, `${CONTRACT}.P002`, `${CONTRACT}.P003`]);
    for (const row of rows.slice(1)) {
      expect(row).toMatchObject({ kind: 'appendix', dealId: '2', status: 'draft', manager: MANAGER });
      expect(row.templateReasons?.[0]).toContain('«Создать приложение» в карточке договора № C-2026-00001');
      expect(stack.headerImages(row.driveFileId ?? '')).toHaveLength(1);
      // The deal's current rows, as generation fills them.
      expect(stack.docText(row.driveFileId ?? '')).toContain('1С:Бухгалтерия 8 ПРОФ');
    }
  });

  it('two presses at the same time from one card make one appendix; the other answers with it', async () => {
    const shown = await card(CONTRACT);
    const answers = await Promise.all([press(shown.dealDocumentCount), press(shown.dealDocumentCount)]);
    const made = answers.map((answer) => answer.response?.created.map((document) => document.number));
    expect(made).toEqual([[`${CONTRACT}.P004`], [`${CONTRACT}.P004`]]);
    expect(answers.map((answer) => answer.response?.message.startsWith('Сформировано')).sort()).toEqual([false, true]);
    const numbers = stack.documents().map((row) => row.registryNumber);
    expect(numbers.filter((number) => number === `${CONTRACT}.P004`)).toHaveLength(1);
    expect(numbers.filter((number) => number === `${CONTRACT}.P005`)).toHaveLength(0);
  });
});

// Last: its card read caches the deal's facts for five minutes, as the card does.
describe('the card inside a generated Google Doc (the Editor add-on)', () => {
  it('opening the Doc gives it the add-on menu, its item opens the sidebar there, and the card is the Doc\'s', async () => {
    const contract = stack.documents().find((row) => row.registryNumber === CONTRACT);
    const documentId = contract?.driveFileId ?? '';
    stack.workspace.ui.clear();
    // A manager who installed the add-on opens the Doc: onOpen(e) in AuthMode.NONE.
    const opened = await openInEditor(stack.server.script, { user: MANAGER, containerId: documentId });
    expect(opened).toMatchObject({ ok: true });
    const [menu] = stack.workspace.ui.all();
    expect(menu).toMatchObject({ kind: 'menu', containerId: documentId, menu: { addon: true, items: [{ caption: 'Карточка документа', functionName: 'showContractCard' }] } });

    await stack.server.script.run('showContractCard', [], { user: MANAGER, containerId: documentId, kind: 'ui' });
    expect(stack.workspace.ui.all().at(-1)).toMatchObject({ kind: 'sidebar', containerId: documentId, title: 'Docflow — карточка документа' });
    const shown = (await stack.server.script.run('getContractCard', [], { user: MANAGER, containerId: documentId, kind: 'ui' })) as CardAnswer;
    expect(shown).toMatchObject({ status: 'success', response: { number: CONTRACT } });
  });

  it('the registers spreadsheet keeps its Docflow menu', async () => {
    stack.workspace.ui.clear();
    await openInEditor(stack.server.script, { user: MANAGER, containerId: stack.bookId });
    const [menu] = stack.workspace.ui.all();
    expect(menu?.menu?.name).toBe('Docflow');
    expect(menu?.menu?.addon).toBeUndefined();
    expect(menu?.menu?.items).toContainEqual({ caption: 'Карточка документа', functionName: 'showContractCard' });
  });
});
