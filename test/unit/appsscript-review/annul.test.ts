import { annulDocument } from '../../../appsscript/annul/annulDocument';
import type { ReplacementPort } from '../../../appsscript/annul/replacementPort';
import { PRINT_QUEUE_REGISTER } from '../../../appsscript/printing/printQueueRegister';
import { sendDealForSigning } from '../../../appsscript/review/sendDealForSigning';
import { startDealReview } from '../../../appsscript/review/startDealReview';
import { DIRECTOR, documentRow, LAWYER, MANAGER, registersSnapshot, world } from './fakes/world';

const deal = { dealId: '7', title: 'Сделка', stageId: 'DOCS_REVIEW', clientName: 'ООО «СеверСтрой»', clientEmail: null, managerName: '', managerEmail: MANAGER };

const replacement: ReplacementPort = {
  create: ({ original, at }) => ({ status: 'success', response: { ...documentRow({ number: 'C-2026-00002', kind: original.kind }), createdAt: at, updatedAt: at, statusSince: at } }),
};

function approvedContract() {
  const w = world({ documents: [{ number: 'C-2026-00001', kind: 'contract' }], replacement });
  startDealReview(w.ports, deal, { channel: 'robot' });
  sendDealForSigning(w.ports, '7', () => ({ requisitesOnly: true, reason: 'изменены только реквизиты' }), { channel: 'robot' });
  expect(w.document('C-2026-00001').status).toBe('approved');
  return w;
}

describe('annul and re-issue', () => {
  it('marks the title, locks the document for everyone, withdraws the print job, and links the annulled row to a fresh draft', () => {
    const w = approvedContract();
    const annulled = annulDocument(w.ports, { number: 'C-2026-00001', actor: MANAGER, reason: 'неверный предмет договора', replace: true, channel: 'sidebar' });
    expect(annulled.status).toBe('success');
    expect(annulled.status === 'success' && annulled.response.replacement).toEqual({ number: 'C-2026-00002', url: 'https://docs.google.com/document/d/file-C-2026-00002/edit' });
    const row = w.document('C-2026-00001');
    expect(row).toMatchObject({ status: 'annulled', annulledReason: 'неверный предмет договора', replacementNumber: 'C-2026-00002' });
    expect(w.document('C-2026-00002').status).toBe('draft');
    expect(w.drive.title('file-C-2026-00001')).toBe('АННУЛИРОВАН — C-2026-00001 — ООО «СеверСтрой»');
    expect(w.drive.restriction('file-C-2026-00001')).toMatchObject({ readOnly: true });
    expect(w.drive.roleOf('file-C-2026-00001', MANAGER)).toBe('reader');
    expect(w.drive.roleOf('file-C-2026-00001', LAWYER)).toBe('reader');
    const job = w.book.rows(PRINT_QUEUE_REGISTER.sheetName)[0];
    expect(job).toEqual(expect.arrayContaining(['print-C-2026-00001', 'Отменено', 'Документ аннулирован']));
    expect(w.bitrix.comments().join('\n')).toMatch(/аннулирован[\s\S]*C-2026-00002/);
  });

  it('a director may annul too; a stranger may not, and nothing changes', () => {
    const w = approvedContract();
    const before = registersSnapshot(w.book);
    const refused = annulDocument(w.ports, { number: 'C-2026-00001', actor: LAWYER, reason: 'так надо', replace: false, channel: 'sidebar' });
    expect(refused.status === 'error' && refused.type).toBe('wrong_person');
    expect(registersSnapshot(w.book)).toBe(before);
    expect(annulDocument(w.ports, { number: 'C-2026-00001', actor: DIRECTOR, reason: 'ошибка', replace: false, channel: 'sidebar' }).status).toBe('success');
  });

  it('needs a reason', () => {
    const w = approvedContract();
    const silent = annulDocument(w.ports, { number: 'C-2026-00001', actor: MANAGER, reason: ' ', replace: true, channel: 'sidebar' });
    expect(silent.status === 'error' && silent.type).toBe('missing_reason');
  });

  it('refuses a document already sent', () => {
    const w = world({ documents: [{ number: 'C-2026-00001', kind: 'contract', status: 'sent' }] });
    const late = annulDocument(w.ports, { number: 'C-2026-00001', actor: MANAGER, reason: 'поздно', replace: true, channel: 'sidebar' });
    expect(late.status === 'error' && late.type).toBe('illegal_transition');
    expect(late.status === 'error' && late.detail).toMatch(/дополнительное соглашение/);
  });

  it('without a replacement port the annulment stands and the manager is told to generate anew', () => {
    const w = world({ documents: [{ number: 'C-2026-00001', kind: 'contract' }] });
    const annulled = annulDocument(w.ports, { number: 'C-2026-00001', actor: MANAGER, reason: 'дубль', replace: true, channel: 'sidebar' });
    expect(annulled.status === 'success' && annulled.response.replacement).toBeNull();
    expect(annulled.status === 'success' && annulled.response.warnings.join(' ')).toMatch(/сформируйте документ заново/);
    expect(w.document('C-2026-00001').replacementNumber).toBeNull();
  });

  it('when Drive refuses the lock, the title is put back and nothing is recorded', () => {
    const w = world({ documents: [{ number: 'C-2026-00001', kind: 'contract' }] });
    const before = registersSnapshot(w.book);
    const execute = w.drive.execute.bind(w.drive);
    w.drive.execute = (fileId, operation) => {
      if (operation.op === 'set_content_restriction') throw new Error('API call to drive.files.update failed with error: Internal Error');
      execute(fileId, operation);
    };
    const annulled = annulDocument(w.ports, { number: 'C-2026-00001', actor: MANAGER, reason: 'дубль', replace: false, channel: 'sidebar' });
    expect(annulled.status === 'error' && annulled.type).toBe('access_failed');
    expect(w.drive.title('file-C-2026-00001')).toBe('C-2026-00001 — ООО «СеверСтрой»');
    expect(w.drive.roleOf('file-C-2026-00001', MANAGER)).toBe('writer');
    expect(registersSnapshot(w.book)).toBe(before);
  });
});
