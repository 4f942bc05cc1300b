import { type BatchCommand, type Bitrix24Rest, MAX_BATCH_COMMANDS } from '../bitrix24/bitrixRest';
import { dealComment } from '../bitrix24/timelineCommands';
import type { MailPort } from '../approval/mailPort';
import { notificationCommands } from '../approval/notificationCommands';
import type { LogPort } from '../platform/logPort';
import type { Outbox } from './outbox';

export interface OutboxPorts {
  /** null when Bitrix24 is not configured: the timeline is skipped with a warning. */
  readonly bitrix: Bitrix24Rest | null;
  readonly mail: MailPort;
  readonly log: LogPort;
}

/** Bitrix24 IDs are numbers; a notification must fit the portal's limit comfortably. */
const NOTIFICATION_LIMIT = 1000;

/**
 * Sends what an operation collected: each notification by e-mail, then the deal comments and
 * the portal notifications in as few Bitrix24 batches as the 50-command limit allows (one for
 * any ordinary operation). Never throws; what could not be delivered comes back as Russian
 * warnings for the person who acted (the transitions themselves already happened).
 */
export function flushOutbox(outbox: Outbox, ports: OutboxPorts): string[] {
  const warnings: string[] = [];
  for (const notice of outbox.notifications) {
    try {
      ports.mail.send({ to: notice.to, subject: notice.subject, body: notice.message });
    } catch (error) {
      ports.log.error('Notification e-mail not sent', { to: notice.to, error: String(error) });
      warnings.push(`Не отправлено письмо для ${notice.to.join(', ')}: ${String(error instanceof Error ? error.message : error)}.`);
    }
  }
  const commands: Record<string, BatchCommand> = {};
  let index = 0;
  for (const [dealId, lines] of outbox.timeline) commands[`c${index++}`] = dealComment(dealId, lines.join('\n'));
  index = 0;
  for (const notice of outbox.notifications) {
    for (const email of notice.to) {
      Object.assign(commands, notificationCommands(`n${index++}`, email, `${notice.subject}\n${notice.message}`.slice(0, NOTIFICATION_LIMIT)));
    }
  }
  const keys = Object.keys(commands);
  if (keys.length === 0) return warnings;
  if (ports.bitrix === null) {
    ports.log.warn('Bitrix24 is not configured: timeline comments and notifications skipped', { commands: keys.length });
    return [...warnings, 'Битрикс24 не настроен: запись в ленту сделки и уведомления в портале пропущены.'];
  }
  for (let start = 0; start < keys.length; start += MAX_BATCH_COMMANDS) {
    const chunk = Object.fromEntries(keys.slice(start, start + MAX_BATCH_COMMANDS).map((key) => [key, commands[key] as BatchCommand]));
    try {
      const answer = ports.bitrix.batch(chunk);
      const failedComments = Object.keys(answer.errors).filter((key) => key.startsWith('c'));
      const failedNotices = Object.keys(answer.errors).filter((key) => key.startsWith('n'));
      if (failedNotices.length > 0) ports.log.warn('Some Bitrix24 notifications were not delivered', { errors: answer.errors });
      if (failedComments.length > 0) {
        ports.log.error('Bitrix24 refused timeline comments', { errors: answer.errors });
        warnings.push('Битрикс24 не принял запись в ленту сделки; события сохранены в журнале Docflow.');
      }
    } catch (error) {
      ports.log.error('Bitrix24 batch failed', { error: String(error) });
      warnings.push('Битрикс24 недоступен: запись в ленту сделки и уведомления в портале не отправлены; события сохранены в журнале Docflow.');
    }
  }
  return warnings;
}
