// The whole path on real peers, in order, along both approval routes: a manager moves deal 2 to
// the generate stage (the generation feature makes a website contract, its appendix, a support
// contract and the invoice), edits some of them, moves the deal to client review (the stage robot
// opens them by link and mails the client), then to signing (the conformance check sends the
// edited ones to internal approval, approves the rest); approvers decide in the sidebar in order;
// an approved document is locked even for the manager; the office bridge pulls the print jobs
// with a signed client and acknowledges them printed.
import { PRINT_QUEUE_REGISTER } from '../../../appsscript/printing/printQueueRegister';
import { AUDIT_REGISTER } from '../../../appsscript/audit/auditRegister';
import { APPROVALS_REGISTER, DOCUMENTS_REGISTER, type DocumentRow } from '../../../shared/registers';
import { PROTOCOL_VERSION } from '../../../shared/protocol';
import { DIRECTOR, LAWYER, MANAGER, OFFICE, startReviewStack, TECH, type ReviewStack } from './helpers/reviewStack';

jest.setTimeout(300_000);

let stack: ReviewStack;
const CLIENT_EMAIL = 'office@uraltech.test';
const OUTSIDER = 'someone@uraltech.test';

beforeAll(async () => {
  stack = await startReviewStack();
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
const restrictionOf = (number: string) => stack.workspace.drive.get(fileOf(number))?.contentRestriction ?? null;
/** Everything the lifecycle writes: the three registers and the print queue. */
const registers = (): string =>
  JSON.stringify([DOCUMENTS_REGISTER.sheetName, APPROVALS_REGISTER.sheetName, AUDIT_REGISTER.sheetName, PRINT_QUEUE_REGISTER.sheetName].map((name) => stack.cells(name).map((cells) => cells.map((cell) => cell.v))));

describe('deal 2 from generation to print', () => {
  it('generates the documents (the generation feature) and the manager edits some drafts', async () => {
    await stack.moveDeal('2', 'DOCS_GENERATE');
    expect(stack.documents().filter((document) => document.dealId === '2').map((document) => document.registryNumber)).toEqual(['C-2026-00001', 'C-2026-00001.P001', 'C-2026-00002', 'I-2026-00001']);
    // One word outside the requisites in the website contract and in its appendix.
    await stack.hands.run('replaceInDocument', [fileOf('C-2026-00001'), 'портфолио', 'резюме'], { user: MANAGER });
    await stack.hands.run('replaceInDocument', [fileOf('C-2026-00001.P001'), 'Протокол тестирования', 'Отчёт о тестировании'], { user: MANAGER });
    // Only the requisites in the support contract.
    await stack.hands.run('replaceInDocument', [fileOf('C-2026-00002'), 'М\\. П\\.', 'М.П.'], { user: MANAGER });
  });

  it('client review: every document opened by a commenter link, the manager still editor, one e-mail with every link, recorded in the deal', async () => {
    stack.workspace.outbox.clear();
    await stack.moveDeal('2', 'DOCS_REVIEW');
    for (const number of ['C-2026-00001', 'C-2026-00001.P001', 'C-2026-00002', 'I-2026-00001']) {
      expect(row(number).status).toBe('client_review');
      expect(roleOf(number, OUTSIDER)).toBe('commenter');
      expect(roleOf(number, MANAGER)).toBe('writer');
      expect(roleOf(number, LAWYER)).toBe('commenter');
    }
    const mails = stack.workspace.outbox.all().filter((mail) => mail.to === CLIENT_EMAIL);
    expect(mails).toHaveLength(1);
    for (const number of ['C-2026-00001', 'C-2026-00001.P001', 'C-2026-00002', 'I-2026-00001']) expect(mails[0]?.body).toContain(fileOf(number));
    expect(mails[0]?.replyTo).toBe(MANAGER);
    const { timeline } = await stack.bitrixState();
    expect(timeline.some((entry) => String(entry['COMMENT'] ?? '').includes(`Клиенту отправлено письмо на ${CLIENT_EMAIL}`))).toBe(true);
  });

  it('signing: the link closes; requisites-only and untouched documents are approved at once, edited ones go to internal approval', async () => {
    await stack.moveDeal('2', 'DOCS_SIGNING');
    for (const number of ['C-2026-00001', 'C-2026-00001.P001', 'C-2026-00002', 'I-2026-00001']) expect(roleOf(number, OUTSIDER)).toBe('none');
    expect(row('C-2026-00001').status).toBe('internal_approval');
    expect(row('C-2026-00001.P001').status).toBe('internal_approval');
    expect(row('C-2026-00002').status).toBe('approved');
    expect(row('I-2026-00001').status).toBe('approved');
    const audit = stack.sheetRows(AUDIT_REGISTER.sheetName);
    const reasonOf = (number: string): string => String(audit.filter((entry) => entry[1] === number).pop()?.[6] ?? '');
    expect(reasonOf('C-2026-00002')).toMatch(/изменены только реквизиты/);
    expect(reasonOf('C-2026-00001')).toMatch(/в документе «резюме» вместо «портфолио»/);
    expect(stack.sheetRows(APPROVALS_REGISTER.sheetName)).toHaveLength(0);
    // On approval the text is frozen for everyone, the owner's lock not yet set.
    expect(restrictionOf('C-2026-00001')).toMatchObject({ readOnly: true, ownerRestricted: false });
    expect(roleOf('C-2026-00001', MANAGER)).toBe('commenter');
  });

  it('refuses the wrong person, a later step out of order, a second approval of the same step — changing nothing', async () => {
    const before = registers();
    expect(await stack.card('approveDocument', ['C-2026-00001', ''], OFFICE)).toMatchObject({ status: 'error', type: 'wrong_person' });
    expect(await stack.card('approveDocument', ['C-2026-00001', ''], DIRECTOR)).toMatchObject({ status: 'error', type: 'step_out_of_order' });
    expect(await stack.card('rejectDocument', ['C-2026-00001', ''], MANAGER)).toMatchObject({ status: 'error', type: 'comment_required' });
    expect(registers()).toBe(before);
    expect(await stack.card('approveDocument', ['C-2026-00001', 'условия согласованы с клиентом'], MANAGER)).toMatchObject({ status: 'success' });
    const after = registers();
    expect(await stack.card('approveDocument', ['C-2026-00001', 'ещё раз'], MANAGER)).toMatchObject({ status: 'error', type: 'step_already_decided' });
    expect(registers()).toBe(after);
  });

  it('the contract route goes on in order: the lawyer is notified, approves; the director approves last', async () => {
    const lawyerMail = stack.workspace.outbox.all().filter((mail) => mail.to === LAWYER);
    expect(lawyerMail.length).toBeGreaterThan(0);
    expect(lawyerMail.pop()?.body).toContain('Ваш шаг — «Юрист»');
    const state = (await stack.bitrixState()) as unknown as { notifications: { USER_ID: string; MESSAGE: string }[] };
    expect(state.notifications.some((notice) => notice.USER_ID === '3' && notice.MESSAGE.includes('Юрист'))).toBe(true);
    expect(await stack.card('approveDocument', ['C-2026-00001', ''], LAWYER)).toMatchObject({ status: 'success' });
    expect(await stack.card('approveDocument', ['C-2026-00001', ''], LAWYER)).toMatchObject({ status: 'error', type: 'step_already_decided' });
    const last = await stack.card('approveDocument', ['C-2026-00001', 'подписываю'], DIRECTOR);
    expect(last).toMatchObject({ status: 'success', response: { message: expect.stringContaining('утверждён') } });
    expect(row('C-2026-00001').status).toBe('approved');
    const decisions = stack.sheetRows(APPROVALS_REGISTER.sheetName).filter((decision) => decision[0] === 'C-2026-00001');
    expect(decisions.map((decision) => [decision[1], decision[3], decision[4], decision[5]])).toEqual([
      [1, 'Менеджер', MANAGER, 'Согласовано'],
      [1, 'Юрист', LAWYER, 'Согласовано'],
      [1, 'Директор', DIRECTOR, 'Согласовано'],
    ]);
  });

  it('an approved document: owner-restricted lock, everyone else reader, no link — the manager really cannot edit it', async () => {
    expect(restrictionOf('C-2026-00001')).toMatchObject({ readOnly: true, ownerRestricted: true });
    expect(roleOf('C-2026-00001', MANAGER)).toBe('reader');
    expect(roleOf('C-2026-00001', LAWYER)).toBe('reader');
    expect(roleOf('C-2026-00001', OUTSIDER)).toBe('none');
    const before = stack.docText(fileOf('C-2026-00001'));
    await expect(stack.hands.run('appendToDocument', [fileOf('C-2026-00001'), 'Дописано менеджером'], { user: MANAGER })).rejects.toThrow('Access denied: DocumentApp.');
    await expect(stack.hands.run('replaceInDocument', [fileOf('C-2026-00001'), 'резюме', 'портфолио'], { user: MANAGER })).rejects.toThrow('Access denied: DocumentApp.');
    expect(stack.docText(fileOf('C-2026-00001'))).toBe(before);
    // The PDF beside it, and the print job: two copies, duplex.
    const pdfUrl = row('C-2026-00001').pdfUrl ?? '';
    const pdf = stack.workspace.drive.all().find((file) => pdfUrl.includes(file.id));
    expect(pdf?.mimeType).toBe('application/pdf');
    expect(pdf?.parents).toEqual(stack.workspace.drive.get(fileOf('C-2026-00001'))?.parents);
    const job = stack.sheetRows(PRINT_QUEUE_REGISTER.sheetName).find((entry) => entry[1] === 'C-2026-00001');
    expect(job?.slice(0, 6)).toEqual(['print-C-2026-00001', 'C-2026-00001', pdf?.id, 2, 'Двусторонняя (по длинному краю)', 'Ожидает печати']);
  });

  it('the technical route: manager → lawyer → technical director → director; a rejection returns it to the client with the comment', async () => {
    expect(await stack.card('approveDocument', ['C-2026-00001.P001', ''], MANAGER)).toMatchObject({ status: 'success' });
    expect(await stack.card('approveDocument', ['C-2026-00001.P001', ''], LAWYER)).toMatchObject({ status: 'success' });
    expect(await stack.card('approveDocument', ['C-2026-00001.P001', ''], DIRECTOR)).toMatchObject({ status: 'error', type: 'step_out_of_order' });
    const rejected = await stack.card('rejectDocument', ['C-2026-00001.P001', 'Верните «Протокол тестирования», как в шаблоне'], TECH);
    expect(rejected).toMatchObject({ status: 'success' });
    expect(row('C-2026-00001.P001').status).toBe('client_review');
    expect(roleOf('C-2026-00001.P001', OUTSIDER)).toBe('commenter');
    const { timeline } = await stack.bitrixState();
    expect(timeline.some((entry) => String(entry['COMMENT'] ?? '').includes('Верните «Протокол тестирования», как в шаблоне'))).toBe(true);

    // The manager fixes it and sends it again: a second round from the first step.
    await stack.hands.run('replaceInDocument', [fileOf('C-2026-00001.P001'), 'Отчёт о тестировании', 'Протокол тестирования'], { user: MANAGER });
    await stack.hands.run('appendToDocument', [fileOf('C-2026-00001.P001'), 'Срок гарантии — 12 месяцев.'], { user: MANAGER });
    expect(await stack.card('sendForSigning', ['C-2026-00001.P001'], MANAGER)).toMatchObject({ status: 'success' });
    expect(row('C-2026-00001.P001').status).toBe('internal_approval');
    for (const approver of [MANAGER, LAWYER, TECH, DIRECTOR]) {
      expect(await stack.card('approveDocument', ['C-2026-00001.P001', ''], approver)).toMatchObject({ status: 'success' });
    }
    expect(row('C-2026-00001.P001').status).toBe('approved');
    const decisions = stack.sheetRows(APPROVALS_REGISTER.sheetName).filter((decision) => decision[0] === 'C-2026-00001.P001');
    expect(decisions.map((decision) => [decision[1], decision[3], decision[5]])).toEqual([
      [1, 'Менеджер', 'Согласовано'],
      [1, 'Юрист', 'Согласовано'],
      [1, 'Технический директор', 'Отклонено'],
      [2, 'Менеджер', 'Согласовано'],
      [2, 'Юрист', 'Согласовано'],
      [2, 'Технический директор', 'Согласовано'],
      [2, 'Директор', 'Согласовано'],
    ]);
  });

  it('refuses unsigned, badly signed, stale and replayed bridge requests, logs them, and changes nothing', async () => {
    const before = registers();
    const ack = { type: 'print_job_ack', version: PROTOCOL_VERSION, bridgeId: 'office-1', jobId: 'print-C-2026-00001', outcome: 'printed' };
    const unsigned = JSON.parse(await stack.bridgeRaw(JSON.stringify(ack))) as { status: string; type: string };
    expect(unsigned).toMatchObject({ status: 'error', type: 'malformed_envelope' });
    const tampered = stack.signed(ack).replace('printed', 'failed');
    expect(stack.openAnswer(await stack.bridgeRaw(tampered))).toMatchObject({ type: 'error', errorType: 'bad_signature' });
    const stale = stack.signed(ack, stack.workspace.now().getTime() - 10 * 60_000);
    expect(stack.openAnswer(await stack.bridgeRaw(stale))).toMatchObject({ type: 'error', errorType: 'stale_timestamp' });
    const list = stack.signed({ type: 'print_job_list_request', version: PROTOCOL_VERSION, bridgeId: 'office-1' });
    expect(stack.openAnswer(await stack.bridgeRaw(list))).toMatchObject({ type: 'print_job_list' });
    expect(stack.openAnswer(await stack.bridgeRaw(list))).toMatchObject({ type: 'error', errorType: 'replayed_nonce' });
    expect(registers()).toBe(before);
    const refusals = stack.workspace.executions.all().flatMap((execution) => execution.logs).filter((line) => line.includes('Bridge request refused'));
    expect(refusals.length).toBeGreaterThanOrEqual(4);
  });

  it('the office bridge pulls every job with a signed client, fetches each PDF and acknowledges it printed', async () => {
    const list = await stack.bridge({ type: 'print_job_list_request', version: PROTOCOL_VERSION, bridgeId: 'office-1', limit: 10 });
    const jobs = (list as { jobs: { jobId: string; documentNumber: string; copies: number; sides: string; pdf: { kind: string } }[] }).jobs;
    expect(jobs.map((job) => job.documentNumber).sort()).toEqual(['C-2026-00001', 'C-2026-00001.P001', 'C-2026-00002', 'I-2026-00001']);
    expect(jobs.find((job) => job.documentNumber === 'I-2026-00001')).toMatchObject({ copies: 1, sides: 'two-sided-long-edge', pdf: { kind: 'drive_file' } });
    for (const job of jobs) {
      const chunks: Buffer[] = [];
      for (let offset = 0, done = false; !done; ) {
        const slice = (await stack.bridge({ type: 'print_job_pdf_request', version: PROTOCOL_VERSION, bridgeId: 'office-1', jobId: job.jobId, offset })) as { data: string; length: number; done: boolean; totalBytes: number };
        chunks.push(Buffer.from(slice.data, 'base64'));
        offset += slice.length;
        done = slice.done;
      }
      const pdf = Buffer.concat(chunks);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const answer = await stack.bridge({ type: 'print_job_ack', version: PROTOCOL_VERSION, bridgeId: 'office-1', jobId: job.jobId, outcome: 'printed' });
      expect(answer).toMatchObject({ type: 'print_job_list' });
      expect(row(job.documentNumber).status).toBe('printed');
    }
    expect(stack.sheetRows(PRINT_QUEUE_REGISTER.sheetName).map((entry) => entry[5])).toEqual(['Напечатано', 'Напечатано', 'Напечатано', 'Напечатано']);
    const audit = stack.sheetRows(AUDIT_REGISTER.sheetName).filter((entry) => entry[5] === 'Напечатан');
    expect(audit.map((entry) => entry[3])).toEqual(['bridge:office-1', 'bridge:office-1', 'bridge:office-1', 'bridge:office-1']);
  });
});
