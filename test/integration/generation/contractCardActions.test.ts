// The contract card's server functions on the built bundle in the emulators: the template reasons
// the register keeps (they survive a change of the deal's products), and «Создать приложение»
// making the next numbered appendix — two presses two appendices, concurrent presses one — for a
// manager who can only read the registers: the press goes signed to the web app, which checks
// who asked and generates as the script owner; forged, replayed and other people's presses make nothing.
import { createHmac, randomUUID } from 'node:crypto';
import { openInEditor } from '../../../scripts/emulators/workspace';
import { encodeEnvelope, type HmacSha256, signBody } from '../../../shared/protocol';
import { DOCUMENTS_REGISTER } from '../../../shared/registers';
import { ADMIN, demoSeed, MANAGER, startGenerationStack, type Stack } from './helpers/generationStack';

jest.setTimeout(240_000);

const CONTRACT = 'C-2026-00001';
const LAWYER = 'lawyer@docflow.test';
const hmac: HmacSha256 = (key, message) => createHmac('sha256', key).update(message, 'utf8').digest();

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
  // What docs/setup.md gives the staff: view access to the registers, to open the card. The
  // manager gets nothing on the Templates or Documents folders; each generated draft is shared
  // with them by generation (the access policy's draft row), nothing else.
  stack.workspace.share(stack.bookId, MANAGER, 'reader');
});

afterAll(async () => {
  await stack?.stop();
});

const card = async (number: string): Promise<NonNullable<CardAnswer['response']>> => {
  const answer = (await stack.server.script.run('getContractCard', [number], { user: MANAGER })) as CardAnswer;
  if (answer.status !== 'success' || answer.response === undefined) throw new Error(`card ${number}: ${JSON.stringify(answer)}`);
  return answer.response;
};
const press = async (seen: number, user = MANAGER): Promise<AppendixAnswer> =>
  (await stack.server.script.run('createAppendix', [CONTRACT, seen], { user })) as AppendixAnswer;
const folder = (key: 'TEMPLATES_FOLDER_ID' | 'DOCUMENTS_FOLDER_ID'): string => stack.workspace.properties.snapshot().script[key] ?? '';
const roleOf = (fileId: string, email: string): string => {
  const file = stack.workspace.drive.get(fileId);
  if (file === undefined) throw new Error(`no file ${fileId}`);
  return stack.workspace.drive.roleOf(file, email);
};

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
  it('the manager can read the registers and nothing of the Templates or Documents folders', () => {
    expect(roleOf(stack.bookId, MANAGER)).toBe('reader');
    expect(roleOf(folder('TEMPLATES_FOLDER_ID'), MANAGER)).toBe('none');
    expect(roleOf(folder('DOCUMENTS_FOLDER_ID'), MANAGER)).toBe('none');
    const templates = stack.workspace.drive.all().filter((file) => file.parents.includes(folder('TEMPLATES_FOLDER_ID')));
    expect(templates.length).toBeGreaterThan(0);
    for (const template of templates) expect(roleOf(template.id, MANAGER)).toBe('none');
  });

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
      // Made by the web app: the script owner owns the copy, the manager edits the draft.
      expect(stack.workspace.drive.get(row.driveFileId ?? '')?.owner).toBe(ADMIN);
      expect(roleOf(row.driveFileId ?? '', MANAGER)).toBe('writer');
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

describe('who may make an appendix, and requests that did not come from the card', () => {
  /** The registers' cells and the live Docs: what a refused request must leave as it was. */
  const everything = (): string => JSON.stringify([stack.cells(DOCUMENTS_REGISTER.sheetName), stack.liveDocumentsOutsideTemplates()]);
  const now = (): number => stack.workspace.now().getTime();
  const signed = (secret: string, body: Record<string, unknown>, at = now()): string =>
    encodeEnvelope(signBody(JSON.stringify(body), { secret, hmac, now: () => at, newNonce: randomUUID }));
  const postStaff = async (body: string): Promise<AppendixAnswer> => {
    const response = await fetch(`${stack.server.webAppUrl}?route=staff`, { method: 'POST', headers: { 'content-type': 'text/plain;charset=utf-8' }, body, redirect: 'follow' });
    return JSON.parse(await response.text()) as AppendixAnswer;
  };
  /** The key the sidebar signs with: Script Properties, made by the first press. */
  const staffSecret = (): string => {
    const secret = stack.workspace.properties.snapshot().script['STAFF_SECRET'];
    if (secret === undefined || secret.length < 32) throw new Error('no STAFF_SECRET yet');
    return secret;
  };

  it('refuses a person who is not the contract\'s responsible manager, in the card\'s words, and makes nothing', async () => {
    const { dealDocumentCount } = await card(CONTRACT);
    const before = everything();
    const answer = await press(dealDocumentCount, LAWYER);
    expect(answer).toEqual({
      status: 'error',
      type: 'not_allowed',
      detail: `Приложение к договору № ${CONTRACT} создаёт ответственный менеджер (${MANAGER}), а не ${LAWYER}.`,
    });
    expect(everything()).toBe(before);
  });

  it('refuses a request signed with another key, one whose actor was changed, and a stale one; none makes anything', async () => {
    const { dealDocumentCount } = await card(CONTRACT);
    const before = everything();
    const request = { action: 'create_appendix', number: CONTRACT, seenDealDocuments: dealDocumentCount };
    const guessed = await postStaff(signed('a-key-someone-guessed-0123456789abcdef', { ...request, actor: MANAGER }));
    expect(guessed).toMatchObject({ status: 'error', type: 'bad_signature' });

    // Genuinely signed for the lawyer, then made to say the manager asked.
    const asLawyer = JSON.parse(signed(staffSecret(), { ...request, actor: LAWYER })) as { body: string };
    const claimed = await postStaff(JSON.stringify({ ...asLawyer, body: asLawyer.body.replace(LAWYER, MANAGER) }));
    expect(claimed).toMatchObject({ status: 'error', type: 'bad_signature' });

    const stale = await postStaff(signed(staffSecret(), { ...request, actor: MANAGER }, now() - 10 * 60_000));
    expect(stale).toMatchObject({ status: 'error', type: 'stale_timestamp' });
    expect(everything()).toBe(before);
  });

  it('a genuine request makes one appendix; the same request sent again is refused and makes nothing', async () => {
    const { dealDocumentCount } = await card(CONTRACT);
    const genuine = signed(staffSecret(), { action: 'create_appendix', number: CONTRACT, seenDealDocuments: dealDocumentCount, actor: MANAGER });
    const first = await postStaff(genuine);
    expect(first).toMatchObject({ status: 'success', response: { created: [{ number: `${CONTRACT}.P005` }] } });

    const before = everything();
    const replayed = await postStaff(genuine);
    expect(replayed).toMatchObject({ status: 'error', type: 'replayed_nonce' });
    expect(everything()).toBe(before);
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
