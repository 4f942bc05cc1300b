import { DOCUMENTS_REGISTER } from '../../shared/registers';
import { sendDealFollowUps } from '../correspondence/dealFollowUps';
import type { ClockPort } from '../platform/clockPort';
import { readRegisterRows } from '../registerIndex/readRegisterRows';
import { readRegisterSettings } from '../registerIndex/registerSettings';
import type { RegistersDeps } from '../registerIndex/registersDeps';
import { SETTINGS_SHEET } from '../registers/settingsSheet';
import { findOverdue } from './findOverdue';
import { reminderNotices } from './reminderMessages';

/** The day the reminders last went out (yyyy-MM-dd, script time zone): a second run that day sends nothing. */
export const REMINDED_ON_KEY = 'DOCFLOW_OVERDUE_REMINDED_ON';

export interface ReminderReport {
  readonly status: 'sent' | 'nothing_overdue' | 'already_sent_today';
  readonly overdue: number;
  readonly escalated: number;
  /** Who was told, one entry per notice. */
  readonly recipients: readonly (readonly string[])[];
  readonly problems: readonly string[];
}

/**
 * The daily reminder (time-driven trigger): every responsible manager gets one e-mail and one
 * Bitrix24 notification listing their documents sent and not back within the kind's period;
 * the directors (Settings role.director) get the ones past the escalation period. One read of
 * the Documents register, one Bitrix24 batch for all the notifications.
 */
export function sendOverdueReminders(deps: RegistersDeps): ReminderReport {
  const now = deps.clock.now();
  const today = deps.clock.calendarDate(now);
  if (deps.properties.get(REMINDED_ON_KEY) === today) {
    return { status: 'already_sent_today', overdue: 0, escalated: 0, recipients: [], problems: [] };
  }
  const settings = readRegisterSettings(deps.sheets.readAll(SETTINGS_SHEET));
  const documents = readRegisterRows(deps.sheets, DOCUMENTS_REGISTER);
  const overdue = findOverdue(
    documents.entries.map((entry) => entry.row),
    { overdueDays: settings.overdueDays, escalateDays: settings.escalateDays },
    now,
  );
  const problems = [...settings.problems, ...documents.problems];
  if (problems.length > 0) deps.log.warn('Overdue reminders: problems in the registers', { problems });
  const escalated = overdue.filter((item) => item.escalated).length;
  if (overdue.length === 0) return { status: 'nothing_overdue', overdue: 0, escalated: 0, recipients: [], problems };
  const notices = reminderNotices(overdue, settings.docflow.roles.director ?? [], (iso) => readableDate(deps.clock, iso));
  sendDealFollowUps({ timeline: new Map(), notices, completed: [] }, deps, settings.finalStages);
  deps.properties.set(REMINDED_ON_KEY, today);
  deps.log.info('Overdue reminders sent', { overdue: overdue.length, escalated, notices: notices.length });
  return { status: 'sent', overdue: overdue.length, escalated, recipients: notices.map((notice) => notice.to), problems };
}

/** dd.MM.yyyy in the script's time zone. */
export function readableDate(clock: ClockPort, iso: string): string {
  const day = clock.calendarDate(new Date(iso));
  const [year = '', month = '', date = ''] = day.split('-');
  return `${date}.${month}.${year}`;
}
