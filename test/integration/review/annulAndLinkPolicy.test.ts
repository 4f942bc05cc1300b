// Deal 4 (a Belarusian client, technical support in BYN): a domain that forbids "anyone with the
// link" stops client review with a clear instruction and changes nothing; once allowed, the
// contract goes through review and onto internal approval, and is annulled there: marked, locked,
// replaced by a fresh copy with a new number; an approval after the annulment is refused.
import { AUDIT_REGISTER } from '../../../appsscript/audit/auditRegister';
import { APPROVALS_REGISTER, DOCUMENTS_REGISTER, type DocumentRow } from '../../../shared/registers';
import { LAWYER, MANAGER, startReviewStack, type ReviewStack } from './helpers/reviewStack';

jest.setTimeout(300_000);

let stack: ReviewStack;
const OUTSIDER = 'someone@example.by';

beforeAll(async () => {
  stack = await startReviewStack();
  await stack.moveDeal('4', 'DOCS_GENERATE');
});

afterAll(async () => {
  await stack?.stop();
});

function row(number: string): DocumentRow {
  const found = stack.documents().find((candidate) => candidate.registryNumber === number);
  if (found === undefined) throw new Error(`no ${number}`);
  return found;
}
const fileOf = (number: string): string => row(number).driveFileId as string;
const roleOf = (number: string, email: string): string => stack.workspace.drive.roleOf(stack.workspace.drive.get(fileOf(number))!, email);
const registers = (): string => JSON.stringify([DOCUMENTS_REGISTER.sheetName, APPROVALS_REGISTER.sheetName].map((name) => stack.cells(name).map((cells) => cells.map((cell) => cell.v))));

describe('a forged stage robot call', () => {
  it('with a wrong secret is refused and changes nothing', async () => {
    const before = registers();
    const body = 'document_id%5B0%5D=crm&document_id%5B1%5D=CCrmDocumentDeal&document_id%5B2%5D=DEAL_4';
    const forged = await stack.postToWebApp(`${stack.server.webAppUrl}?route=bitrix-stage-robot&secret=guess`, body);
    expect(forged).toMatchObject({ status: 'error', type: 'forbidden' });
    const bare = await stack.postToWebApp(`${stack.server.webAppUrl}?route=bitrix-stage-robot`, body);
    expect(bare).toMatchObject({ status: 'error', type: 'forbidden' });
    expect(registers()).toBe(before);
  });
});

describe('a domain that forbids link sharing', () => {
  it('the review robot opens nothing, sends no e-mail, and tells the manager in the deal what to do', async () => {
    expect(stack.documents().map((document) => [document.registryNumber, document.status])).toEqual([
      ['C-2026-00001', 'draft'],
      ['C-2026-00002', 'draft'],
      ['I-2026-00001', 'draft'],
    ]);
    stack.workspace.domain.allowAnyoneWithLink = false;
    stack.workspace.outbox.clear();
    const before = registers();
    await stack.moveDeal('4', 'DOCS_REVIEW');
    expect(registers()).toBe(before);
    expect(roleOf('C-2026-00001', OUTSIDER)).toBe('none');
    expect(roleOf('C-2026-00001', LAWYER)).toBe('none');
    expect(stack.workspace.outbox.all()).toHaveLength(0);
    const { timeline } = await stack.bitrixState();
    const comment = timeline.map((entry) => String(entry['COMMENT'] ?? '')).find((text) => text.includes('Документы не отправлены клиенту'));
    expect(comment).toMatch(/запрещают доступ «Все, у кого есть ссылка».*Консоль администратора/s);
  });

  it('the sidebar gets the same instruction as a tagged error', async () => {
    const answer = await stack.card('startClientReview', ['C-2026-00001'], MANAGER);
    expect(answer).toMatchObject({ status: 'error', type: 'link_sharing_forbidden', detail: expect.stringContaining('Что сделать') });
    expect(row('C-2026-00001').status).toBe('draft');
  });
});

describe('annul and re-issue', () => {
  it('once links are allowed, the contract goes to the client and, edited outside its requisites, to internal approval', async () => {
    stack.workspace.domain.allowAnyoneWithLink = true;
    expect(await stack.card('startClientReview', ['C-2026-00001'], MANAGER)).toMatchObject({ status: 'success' });
    expect(roleOf('C-2026-00001', OUTSIDER)).toBe('commenter');
    await stack.hands.run('appendToDocument', [fileOf('C-2026-00001'), 'Дополнительное условие по просьбе клиента.'], { user: MANAGER });
    const signing = await stack.card('sendForSigning', ['C-2026-00001'], MANAGER);
    expect(signing).toMatchObject({ status: 'success', response: { message: expect.stringContaining('Дополнительное условие') } });
    expect(row('C-2026-00001').status).toBe('internal_approval');
    expect(await stack.card('approveDocument', ['C-2026-00001', ''], MANAGER)).toMatchObject({ status: 'success' });
  });

  it('only the manager or a director may annul, with a reason', async () => {
    const before = registers();
    expect(await stack.card('annulDocument', ['C-2026-00001', 'не тот тариф', true], LAWYER)).toMatchObject({ status: 'error', type: 'wrong_person' });
    expect(await stack.card('annulDocument', ['C-2026-00001', '  ', true], MANAGER)).toMatchObject({ status: 'error', type: 'missing_reason' });
    expect(registers()).toBe(before);
  });

  it('annuls: the title marked, locked for everyone, the row names its replacement — a fresh draft with a new number', async () => {
    const answer = await stack.card('annulDocument', ['C-2026-00001', 'клиент выбрал другой тариф', true], MANAGER);
    expect(answer).toMatchObject({ status: 'success', response: { message: expect.stringContaining('Новый экземпляр: № C-2026-00003') } });
    const annulled = row('C-2026-00001');
    expect(annulled).toMatchObject({ status: 'annulled', annulledReason: 'клиент выбрал другой тариф', replacementNumber: 'C-2026-00003' });
    const file = stack.workspace.drive.get(fileOf('C-2026-00001'));
    expect(file?.name.startsWith('АННУЛИРОВАН — ')).toBe(true);
    expect(file?.contentRestriction).toMatchObject({ readOnly: true });
    expect(roleOf('C-2026-00001', MANAGER)).toBe('reader');
    expect(roleOf('C-2026-00001', LAWYER)).toBe('reader');
    await expect(stack.hands.run('appendToDocument', [fileOf('C-2026-00001'), 'x'], { user: MANAGER })).rejects.toThrow('Access denied: DocumentApp.');

    const replacement = row('C-2026-00003');
    expect(replacement).toMatchObject({ status: 'draft', kind: 'contract', dealId: '4', manager: MANAGER, template: annulled.template });
    expect(replacement.driveFileId).not.toBe(annulled.driveFileId);
    expect(roleOf('C-2026-00003', MANAGER)).toBe('writer');
    const text = stack.docText(replacement.driveFileId as string);
    expect(text).toMatch(/ДОГОВОР №\s2026-00003/);
    expect(text).not.toContain('Дополнительное условие');
    const audit = stack.sheetRows(AUDIT_REGISTER.sheetName).filter((entry) => entry[1] === 'C-2026-00001').pop();
    expect(audit?.slice(2, 6)).toEqual(['Аннулировать', MANAGER, 'На внутреннем согласовании', 'Аннулирован']);
    const { timeline } = await stack.bitrixState();
    expect(timeline.some((entry) => String(entry['COMMENT'] ?? '').includes('Взамен аннулированного создан черновик № C-2026-00003'))).toBe(true);
  });

  it('refuses an approval after the annulment and changes nothing', async () => {
    const before = registers();
    const late = await stack.card('approveDocument', ['C-2026-00001', ''], LAWYER);
    expect(late).toMatchObject({ status: 'error', type: 'document_annulled' });
    expect(registers()).toBe(before);
  });

  it('the replacement enters the process like any draft, and conforms to its template', async () => {
    expect(await stack.card('startClientReview', ['C-2026-00003'], MANAGER)).toMatchObject({ status: 'success' });
    const signing = await stack.card('sendForSigning', ['C-2026-00003'], MANAGER);
    expect(signing).toMatchObject({ status: 'success', response: { message: expect.stringContaining('утверждён автоматически') } });
    expect(row('C-2026-00003').status).toBe('approved');
  });
});
