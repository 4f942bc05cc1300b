import { DEFAULT_REVIEW_MAIL_SUBJECT, reviewMail } from '../../../appsscript/review/clientReviewMail';
import type { DealContacts } from '../../../appsscript/review/dealContacts';
import { startDealReview } from '../../../appsscript/review/startDealReview';
import { AUDIT_REGISTER } from '../../../appsscript/audit/auditRegister';
import { SETTINGS_SHEET } from '../../../appsscript/registers/settingsSheet';
import { DIRECTOR, LAWYER, MANAGER, registersSnapshot, world } from './fakes/world';

const deal: DealContacts = {
  dealId: '7',
  title: 'СеверСтрой: Битрикс24',
  stageId: 'DOCS_REVIEW',
  clientName: 'ООО «СеверСтрой»',
  clientEmail: 'zakupki@severstroy.test',
  managerName: 'Мария Петрова',
  managerEmail: MANAGER,
};

function twoDrafts() {
  return world({
    documents: [
      { number: 'C-2026-00001', kind: 'contract' },
      { number: 'I-2026-00001', kind: 'invoice', templateKey: 'invoice' },
      { number: 'C-2026-00002', kind: 'contract', dealId: '8' },
    ],
  });
}

describe('client review of a deal', () => {
  it('opens every draft of the deal by a commenter link, keeps the manager editor, and mails the client once with every link', () => {
    const w = twoDrafts();
    const review = startDealReview(w.ports, deal, { channel: 'robot' });
    expect(review.status).toBe('success');
    if (review.status !== 'success') return;
    expect(review.response.started).toEqual(['C-2026-00001', 'I-2026-00001']);
    for (const number of ['C-2026-00001', 'I-2026-00001']) {
      expect(w.document(number).status).toBe('client_review');
      expect(w.drive.linkRole(`file-${number}`)).toBe('commenter');
      expect(w.drive.roleOf(`file-${number}`, MANAGER)).toBe('writer');
    }
    expect(w.drive.roleOf('file-C-2026-00001', LAWYER)).toBe('commenter');
    expect(w.document('C-2026-00002').status).toBe('draft');
    expect(w.mail.sent).toHaveLength(1);
    const [mail] = w.mail.sent;
    expect(mail?.to).toEqual(['zakupki@severstroy.test']);
    expect(mail?.replyTo).toBe(MANAGER);
    expect(mail?.subject).toBe('Документы на согласование: СеверСтрой: Битрикс24');
    expect(mail?.body).toContain('https://docs.google.com/document/d/file-C-2026-00001/edit');
    expect(mail?.body).toContain('https://docs.google.com/document/d/file-I-2026-00001/edit');
    expect(mail?.body).toContain('Мария Петрова');
    // One Bitrix24 request for the whole operation: the deal's comment names the client's address.
    expect(w.bitrix.batches).toHaveLength(1);
    expect(w.bitrix.comments().join('\n')).toMatch(/Клиенту отправлено письмо на zakupki@severstroy\.test/);
    const audit = w.book.rows(AUDIT_REGISTER.sheetName);
    expect(audit).toHaveLength(2);
    expect(audit[0]).toEqual(expect.arrayContaining(['C-2026-00001', 'Отправить клиенту на согласование', MANAGER, 'Черновик', 'На согласовании у клиента', 'Робот Битрикс24']));
  });

  it('is idempotent: a second robot call opens nothing and sends no second e-mail', () => {
    const w = twoDrafts();
    startDealReview(w.ports, deal, { channel: 'robot' });
    const before = registersSnapshot(w.book);
    const again = startDealReview(w.ports, deal, { channel: 'robot' });
    expect(again.status === 'success' && again.response.started).toEqual([]);
    expect(w.mail.sent).toHaveLength(1);
    expect(registersSnapshot(w.book)).toBe(before);
  });

  it('builds the e-mail from the Settings sheet template, values inserted literally', () => {
    const w = twoDrafts();
    w.book.appendRows(SETTINGS_SHEET, [
      ['mail.review.subject', 'Договор для {{client.name}}', ''],
      ['mail.review.body', 'Ссылки:\n{{documents}}\n{{deal.title}}', ''],
    ]);
    startDealReview(w.ports, { ...deal, title: 'Сделка $1 {{client.name}}' }, { channel: 'robot' });
    expect(w.mail.sent[0]?.subject).toBe('Договор для ООО «СеверСтрой»');
    expect(w.mail.sent[0]?.body).toMatch(/^Ссылки:\n— Договор №\s2026-00001 — ООО «СеверСтрой»: https:\/\/docs\.google\.com\/document\/d\/file-C-2026-00001\/edit\n/);
    expect(w.mail.sent[0]?.body.endsWith('Сделка $1 {{client.name}}')).toBe(true);
  });

  it('when the domain forbids link sharing: nothing changes, and the timeline says what to do', () => {
    const w = twoDrafts();
    w.drive.forbidLinks = true;
    const before = registersSnapshot(w.book);
    const review = startDealReview(w.ports, deal, { channel: 'robot' });
    expect(review.status === 'error' && review.type).toBe('link_sharing_forbidden');
    expect(review.status === 'error' && review.detail).toMatch(/Все, у кого есть ссылка/);
    expect(registersSnapshot(w.book)).toBe(before);
    expect(w.document('C-2026-00001').status).toBe('draft');
    expect(w.drive.roleOf('file-C-2026-00001', LAWYER)).toBeUndefined();
    expect(w.drive.roleOf('file-C-2026-00001', DIRECTOR)).toBeUndefined();
    expect(w.mail.sent).toHaveLength(0);
    expect(w.bitrix.comments().join('\n')).toMatch(/Документы не отправлены клиенту.*администратора Google Workspace/s);
  });

  it('without a client e-mail the links go to the timeline for the manager to send', () => {
    const w = twoDrafts();
    const review = startDealReview(w.ports, { ...deal, clientEmail: null }, { channel: 'robot' });
    expect(review.status === 'success' && review.response.mailedTo).toBeNull();
    expect(w.mail.sent).toHaveLength(0);
    expect(w.bitrix.comments().join('\n')).toMatch(/нет e-mail[\s\S]*file-C-2026-00001/);
  });

  it('a deal without drafts is refused with a reason', () => {
    const w = world({ documents: [] });
    const review = startDealReview(w.ports, deal, { channel: 'robot' });
    expect(review.status === 'error' && review.type).toBe('nothing_to_review');
  });

  it('one document from the sidebar: only the manager may open it', () => {
    const w = twoDrafts();
    const refused = startDealReview(w.ports, deal, { channel: 'sidebar', only: 'C-2026-00001', actor: LAWYER });
    expect(refused.status === 'error' && refused.type).toBe('wrong_person');
    const done = startDealReview(w.ports, deal, { channel: 'sidebar', only: 'C-2026-00001', actor: MANAGER });
    expect(done.status === 'success' && done.response.started).toEqual(['C-2026-00001']);
    expect(w.document('I-2026-00001').status).toBe('draft');
  });
});

describe('reviewMail', () => {
  it('uses the defaults when the Settings sheet has no template, and keeps the subject on one line', () => {
    const mail = reviewMail([['Параметр', 'Значение']], { ...deal, title: 'Две\nстроки' }, [{ title: 'Договор', url: 'https://x' }]);
    expect(DEFAULT_REVIEW_MAIL_SUBJECT).toContain('{{deal.title}}');
    expect(mail.subject).toBe('Документы на согласование: Две строки');
    expect(mail.body).toContain('— Договор: https://x');
  });
});
