import { appsLog } from '../platform/apps/appsServices';
import { appsRegistersDeps } from '../registerIndex/appsRegistersDeps';
import { type ReminderReport, sendOverdueReminders } from './sendOverdueReminders';

/**
 * Time-driven trigger (installRegisterTriggers: every day at 9): reminders about signed copies
 * that did not come back. Returns its report for whoever runs it by hand; a trigger ignores it.
 */
export function dailyOverdueReminders(): ReminderReport | { readonly status: 'not_configured'; readonly detail: string } {
  const deps = appsRegistersDeps();
  if (deps.status === 'error') {
    appsLog.warn('Overdue reminders skipped', { detail: deps.detail });
    return { status: 'not_configured', detail: deps.detail };
  }
  return sendOverdueReminders(deps.response);
}
