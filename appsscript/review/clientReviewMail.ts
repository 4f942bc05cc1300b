import { mergeText } from '../../shared/merge';
import type { DealContacts } from './dealContacts';

/**
 * The e-mail the client gets when documents go to review. The administrator edits its subject
 * and text on the Settings sheet (keys below, column B); an empty cell means the default here.
 * Placeholders, replaced literally (shared/merge mergeText): {{client.name}}, {{deal.title}},
 * {{documents}} (one line per document: its title and link), {{manager.name}}, {{manager.email}}.
 */
export const REVIEW_MAIL_SUBJECT_KEY = 'mail.review.subject';
export const REVIEW_MAIL_BODY_KEY = 'mail.review.body';

export const DEFAULT_REVIEW_MAIL_SUBJECT = 'Документы на согласование: {{deal.title}}';
export const DEFAULT_REVIEW_MAIL_BODY = [
  'Здравствуйте!',
  '',
  'Направляем на согласование документы по сделке «{{deal.title}}»:',
  '{{documents}}',
  '',
  'Документы открываются по ссылкам без входа в аккаунт. Вы можете оставлять комментарии и предлагать правки (режим «Советовать»); прямое редактирование недоступно.',
  'Когда документы вас устроят, ответьте на это письмо — мы подготовим их к подписанию.',
  '',
  'С уважением,',
  '{{manager.name}}',
  '{{manager.email}}',
].join('\n');

export interface LinkedDocument {
  readonly title: string;
  readonly url: string;
}

export interface ReviewMail {
  readonly subject: string;
  readonly body: string;
}

/** The settings rows as getValues returns them (header first): key in A, value in B. */
export function settingValue(rows: readonly (readonly unknown[])[], key: string): string {
  for (const row of rows.slice(1)) {
    if (String(row[0] ?? '').trim() === key) return String(row[1] ?? '').trim();
  }
  return '';
}

export function reviewMail(settingsRows: readonly (readonly unknown[])[], deal: DealContacts, documents: readonly LinkedDocument[]): ReviewMail {
  const values = {
    'client.name': deal.clientName,
    'deal.title': deal.title,
    documents: documents.map((document) => `— ${document.title}: ${document.url}`).join('\n'),
    'manager.name': deal.managerName,
    'manager.email': deal.managerEmail,
  };
  const subject = settingValue(settingsRows, REVIEW_MAIL_SUBJECT_KEY) || DEFAULT_REVIEW_MAIL_SUBJECT;
  const body = settingValue(settingsRows, REVIEW_MAIL_BODY_KEY) || DEFAULT_REVIEW_MAIL_BODY;
  // A subject is one line: a line break from the sheet or a CRM value would split the header.
  return { subject: mergeText(subject, values).replace(/\s*[\r\n]+\s*/g, ' ').trim(), body: mergeText(body, values) };
}
