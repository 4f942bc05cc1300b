import { appsLog } from '../platform/apps/appsServices';
import { appsRegistersDeps } from '../registerIndex/appsRegistersDeps';
import { missingRegisterSettingRows } from '../registerIndex/registerSettings';
import { SETTINGS_SHEET } from '../registers/settingsSheet';

export interface InstallReport {
  readonly status: 'success' | 'not_configured';
  readonly createdTriggers: readonly string[];
  readonly settingsAdded: readonly string[];
  readonly detail: string;
}

/** The registers feature's time-driven triggers: handler → how it is scheduled. */
const SCHEDULES: readonly { readonly handler: string; readonly schedule: (builder: GoogleAppsScript.Script.ClockTriggerBuilder) => GoogleAppsScript.Script.ClockTriggerBuilder }[] = [
  { handler: 'refreshDashboard', schedule: (builder) => builder.everyHours(1) },
  { handler: 'reconcileDeals', schedule: (builder) => builder.everyHours(1) },
  { handler: 'dailyOverdueReminders', schedule: (builder) => builder.everyDays(1).atHour(9) },
];

/**
 * Installs what the registers feature needs, changing nothing that exists: the Settings rows it
 * reads (overdue periods, final stages per pipeline, reconciliation window, dashboard months)
 * and its three triggers (a project has at most 20 per user, so each is made once).
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 */
export function installRegisterTriggers(): InstallReport {
  const deps = appsRegistersDeps();
  if (deps.status === 'error') return { status: 'not_configured', createdTriggers: [], settingsAdded: [], detail: deps.detail };
  const { sheets } = deps.response;
  const rows = sheets.hasSheet(SETTINGS_SHEET) ? sheets.readAll(SETTINGS_SHEET) : [];
  const missing = missingRegisterSettingRows(rows);
  if (missing.length > 0 && sheets.hasSheet(SETTINGS_SHEET)) sheets.append(SETTINGS_SHEET, missing);
  const existing = new Set(ScriptApp.getProjectTriggers().map((trigger) => trigger.getHandlerFunction()));
  const created: string[] = [];
  for (const { handler, schedule } of SCHEDULES) {
    if (existing.has(handler)) continue;
    schedule(ScriptApp.newTrigger(handler).timeBased()).create();
    created.push(handler);
  }
  appsLog.info('Register triggers installed', { created, settingsAdded: missing.map((row) => row[0]) });
  return {
    status: 'success',
    createdTriggers: created,
    settingsAdded: missing.map((row) => row[0] ?? ''),
    detail: `Триггеры реестров: добавлено ${created.length}; настроек добавлено ${missing.length}.`,
  };
}
