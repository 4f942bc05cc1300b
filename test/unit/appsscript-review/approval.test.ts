import { annulDocument } from '../../../appsscript/annul/annulDocument';
import { decideDocument } from '../../../appsscript/approval/decideDocument';
import { APPROVALS_REGISTER } from '../../../shared/registers';
import { PRINT_QUEUE_REGISTER } from '../../../appsscript/printing/printQueueRegister';
import { type ConformanceCheck, sendDealForSigning } from '../../../appsscript/review/sendDealForSigning';
import { startDealReview } from '../../../appsscript/review/startDealReview';
import type { DealContacts } from '../../../appsscript/review/dealContacts';
import { DIRECTOR, LAWYER, MANAGER, registersSnapshot, STRANGER, TECH, world, type World } from './fakes/world';

const deal: DealContacts = { dealId: '7', title: 'Сделка', stageId: 'DOCS_SIGNING', clientName: 'ООО «СеверСтрой»', clientEmail: 'client@example.com', managerName: 'Мария', managerEmail: MANAGER };
const changed: ConformanceCheck = () => ({ requisitesOnly: false, reason: 'текст вне реквизитов отличается от шаблона' });
const requisitesOnly: ConformanceCheck = () => ({ requisitesOnly: true, reason: 'изменены только реквизиты' });

function onApproval(conformance: ConformanceCheck = changed): World {
  const w = world({
    documents: [
      { number: 'C-2026-00001', kind: 'contract' },
      { number: 'C-2026-00001.S001', kind: 'specification', templateKey: 'spec' },
    ],
  });
  expect(startDealReview(w.ports, deal, { channel: 'robot' }).status).toBe('success');
  expect(sendDealForSigning(w.ports, '7', conformance, { channel: 'robot' }).status).toBe('success');
  w.mail.sent.length = 0;
  w.bitrix.batches.length = 0;
  return w;
}

const approve = (w: World, number: string, actor: string, comment = '') => decideDocument(w.ports, { number, actor, outcome: 'approved', comment });
const reject = (w: World, number: string, actor: string, comment: string) => decideDocument(w.ports, { number, actor, outcome: 'rejected', comment });

describe('send for signing', () => {
  it('closes the client link; changes outside the requisites start internal approval, locked read-only', () => {
    const w = onApproval();
    expect(w.document('C-2026-00001').status).toBe('internal_approval');
    expect(w.drive.linkRole('file-C-2026-00001')).toBeUndefined();
    expect(w.drive.roleOf('file-C-2026-00001', MANAGER)).toBe('commenter');
    expect(w.drive.restriction('file-C-2026-00001')).toMatchObject({ readOnly: true, ownerRestricted: false });
  });

  it('only the requisites changed: approved at once without approvers, PDF exported, print job queued with the kind copies, duplex', () => {
    const w = onApproval(requisitesOnly);
    const contract = w.document('C-2026-00001');
    expect(contract.status).toBe('approved');
    expect(contract.pdfUrl).toBe('https://drive.google.com/file/d/pdf-file-C-2026-00001/view');
    expect(w.drive.restriction('file-C-2026-00001')).toMatchObject({ readOnly: true, ownerRestricted: true });
    expect(w.drive.roleOf('file-C-2026-00001', MANAGER)).toBe('reader');
    expect(w.book.rows(APPROVALS_REGISTER.sheetName)).toHaveLength(0);
    const jobs = w.book.rows(PRINT_QUEUE_REGISTER.sheetName);
    expect(jobs).toHaveLength(2);
    expect(jobs[0]).toEqual(expect.arrayContaining(['print-C-2026-00001', 'C-2026-00001', 'pdf-file-C-2026-00001', 2, 'Двусторонняя (по длинному краю)', 'Ожидает печати']));
    expect(w.book.sheets.get(PRINT_QUEUE_REGISTER.sheetName)?.[0]).toEqual([...PRINT_QUEUE_REGISTER.headers]);
  });
});

describe('internal approval along the contract route (manager → lawyer → director)', () => {
  it('goes step by step, notifies the next approver by e-mail and Bitrix24, records every decision, and the last approval locks, exports and queues', () => {
    const w = onApproval();
    const first = approve(w, 'C-2026-00001', MANAGER, 'условия согласованы с клиентом');
    expect(first.status === 'success' && first.response.nextStep).toEqual({ role: 'Юрист', people: [LAWYER] });
    expect(w.mail.sent.map((m) => m.to)).toEqual([[LAWYER]]);
    expect(w.bitrix.commands.filter((c) => c.method === 'im.notify.system.add')).toHaveLength(1);
    expect(w.bitrix.commands.find((c) => c.method === 'user.get')?.params).toEqual({ FILTER: { EMAIL: LAWYER } });

    expect(approve(w, 'C-2026-00001', LAWYER).status).toBe('success');
    const last = approve(w, 'C-2026-00001', DIRECTOR, 'подписываю');
    expect(last.status === 'success' && last.response.status).toBe('approved');
    expect(w.document('C-2026-00001').status).toBe('approved');
    expect(w.drive.restriction('file-C-2026-00001')).toMatchObject({ readOnly: true, ownerRestricted: true });
    expect(w.drive.roleOf('file-C-2026-00001', DIRECTOR)).toBe('reader');
    expect(w.pdf.exported).toEqual(['file-C-2026-00001']);
    const decisions = w.book.rows(APPROVALS_REGISTER.sheetName);
    expect(decisions.map((row) => [row[0], row[1], row[2], row[3], row[4], row[5]])).toEqual([
      ['C-2026-00001', 1, 1, 'Менеджер', MANAGER, 'Согласовано'],
      ['C-2026-00001', 1, 2, 'Юрист', LAWYER, 'Согласовано'],
      ['C-2026-00001', 1, 3, 'Директор', DIRECTOR, 'Согласовано'],
    ]);
    expect(decisions[0]?.[6]).toBe('условия согласованы с клиентом');
    expect(w.book.rows(PRINT_QUEUE_REGISTER.sheetName)).toHaveLength(1);
  });

  it('the technical route takes the technical director between the lawyer and the director', () => {
    const w = onApproval();
    approve(w, 'C-2026-00001.S001', MANAGER);
    approve(w, 'C-2026-00001.S001', LAWYER);
    const early = approve(w, 'C-2026-00001.S001', DIRECTOR);
    expect(early.status === 'error' && early.type).toBe('step_out_of_order');
    expect(approve(w, 'C-2026-00001.S001', TECH).status).toBe('success');
    expect(approve(w, 'C-2026-00001.S001', DIRECTOR).status).toBe('success');
    expect(w.document('C-2026-00001.S001').status).toBe('approved');
  });

  it.each([
    ['the wrong person', STRANGER, 'wrong_person'],
    ['a later step out of order', DIRECTOR, 'step_out_of_order'],
  ])('refuses %s and changes nothing', (_what, actor, type) => {
    const w = onApproval();
    const before = registersSnapshot(w.book);
    const operations = w.drive.operations.length;
    const decided = approve(w, 'C-2026-00001', actor);
    expect(decided.status === 'error' && decided.type).toBe(type);
    expect(registersSnapshot(w.book)).toBe(before);
    expect(w.drive.operations).toHaveLength(operations);
    expect(w.mail.sent).toHaveLength(0);
  });

  it('refuses a second approval of the same step', () => {
    const w = onApproval();
    approve(w, 'C-2026-00001', MANAGER);
    approve(w, 'C-2026-00001', LAWYER);
    const before = registersSnapshot(w.book);
    const again = approve(w, 'C-2026-00001', LAWYER);
    expect(again.status === 'error' && again.type).toBe('step_already_decided');
    expect(again.status === 'error' && again.detail).toMatch(/Юрист/);
    expect(registersSnapshot(w.book)).toBe(before);
  });

  it('a rejection needs a comment, returns the document to client review with the link open, and puts the comment on the timeline', () => {
    const w = onApproval();
    approve(w, 'C-2026-00001', MANAGER);
    const silent = reject(w, 'C-2026-00001', LAWYER, '   ');
    expect(silent.status === 'error' && silent.type).toBe('comment_required');
    const rejected = reject(w, 'C-2026-00001', LAWYER, 'пункт 5.2 противоречит закону');
    expect(rejected.status === 'success' && rejected.response.status).toBe('client_review');
    expect(w.drive.linkRole('file-C-2026-00001')).toBe('commenter');
    expect(w.drive.restriction('file-C-2026-00001').readOnly).toBe(false);
    expect(w.bitrix.comments().join('\n')).toContain('пункт 5.2 противоречит закону');
    expect(w.mail.sent.some((m) => m.to.includes(MANAGER) && m.body.includes('пункт 5.2'))).toBe(true);

    // Sent again: a second round starts from the first step; the first round stays in the sheet.
    expect(sendDealForSigning(w.ports, '7', changed, { channel: 'robot', only: 'C-2026-00001' }).status).toBe('success');
    approve(w, 'C-2026-00001', MANAGER);
    const rounds = w.book.rows(APPROVALS_REGISTER.sheetName).map((row) => [row[1], row[2], row[5]]);
    expect(rounds).toEqual([
      [1, 1, 'Согласовано'],
      [1, 2, 'Отклонено'],
      [2, 1, 'Согласовано'],
    ]);
  });

  it('refuses approval after annulment', () => {
    const w = onApproval();
    expect(annulDocument(w.ports, { number: 'C-2026-00001', actor: MANAGER, reason: 'клиент передумал', replace: false, channel: 'sidebar' }).status).toBe('success');
    const before = registersSnapshot(w.book);
    const late = approve(w, 'C-2026-00001', MANAGER);
    expect(late.status === 'error' && late.type).toBe('document_annulled');
    expect(registersSnapshot(w.book)).toBe(before);
  });

  it('refuses a document that is not on approval, and an unknown number', () => {
    const w = world({ documents: [{ number: 'C-2026-00001', kind: 'contract' }] });
    expect(approve(w, 'C-2026-00001', MANAGER)).toMatchObject({ status: 'error', type: 'illegal_transition' });
    expect(approve(w, 'C-2026-00009', MANAGER)).toMatchObject({ status: 'error', type: 'not_found' });
  });

  it('says "busy" when another operation holds the registers, without touching them', () => {
    const w = world({ documents: [{ number: 'C-2026-00001', kind: 'contract' }], lockBusy: true });
    expect(approve(w, 'C-2026-00001', MANAGER)).toMatchObject({ status: 'error', type: 'busy' });
  });
});
