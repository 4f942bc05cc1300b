import { normalizeEmail } from '../../shared/approval';
import { DOCUMENT_KIND_INFO } from '../../shared/kinds/documentKinds';
import type { Notice } from '../correspondence/dealFollowUps';
import type { OverdueDocument } from './findOverdue';

/** "14 дней", "21 день", "3 дня". */
export function daysText(days: number): string {
  const mod10 = days % 10;
  const mod100 = days % 100;
  const word = mod10 === 1 && mod100 !== 11 ? 'день' : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? 'дня' : 'дней';
  return `${days} ${word}`;
}

/** One line of a reminder: what, to whom, since when, how late. */
export function overdueLine(item: OverdueDocument, sentOn: string, withManager: boolean): string {
  const { row } = item;
  const manager = withManager ? `, менеджер ${row.manager}` : '';
  return `• ${DOCUMENT_KIND_INFO[row.kind].title} ${row.registryNumber} — ${row.clientName}, сделка ${row.dealId}${manager}: отправлен ${sentOn}, не вернулся ${daysText(item.days)} (срок ${daysText(item.limit)}).`;
}

/**
 * The day's reminders: one to each responsible manager listing their overdue documents, and
 * one to the directors listing everything past the escalation period. `dateOf` turns an ISO
 * instant into the date people read (dd.MM.yyyy in the script's zone).
 */
export function reminderNotices(overdue: readonly OverdueDocument[], directors: readonly string[], dateOf: (iso: string) => string): Notice[] {
  const byManager = new Map<string, OverdueDocument[]>();
  for (const item of overdue) {
    const manager = normalizeEmail(item.row.manager);
    if (manager === '') continue;
    byManager.set(manager, [...(byManager.get(manager) ?? []), item]);
  }
  const notices: Notice[] = [...byManager].map(([manager, items]) => ({
    to: [manager],
    subject: `Docflow: не вернулись подписанные экземпляры (${items.length})`,
    message: [
      'Подписанные клиентами экземпляры этих документов не вернулись в срок. Напомните клиентам или проверьте, не потерялись ли письма:',
      ...items.map((item) => overdueLine(item, dateOf(item.row.statusSince), false)),
    ].join('\n'),
  }));
  const escalated = overdue.filter((item) => item.escalated);
  const to = [...new Set(directors.map(normalizeEmail).filter((email) => email !== ''))];
  if (escalated.length > 0 && to.length > 0) {
    notices.push({
      to,
      subject: `Docflow: долго не возвращаются подписанные экземпляры (${escalated.length})`,
      message: [
        'Эти документы отправлены давно, а подписанные экземпляры так и не вернулись:',
        ...escalated.map((item) => overdueLine(item, dateOf(item.row.statusSince), true)),
      ].join('\n'),
    });
  }
  return notices;
}
