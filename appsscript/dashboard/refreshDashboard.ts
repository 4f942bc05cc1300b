import { CONFIG_KEYS } from '../config/configKeys';
import { appsClock, appsLog, appsProperties } from '../platform/apps/appsServices';
import { appsRegisterSheets } from '../registerIndex/appsRegisterSheets';
import { appsDashboardSheet } from './appsDashboardSheet';
import { buildDashboard } from './buildDashboard';

export interface RefreshSummary {
  readonly status: 'success' | 'not_configured';
  readonly detail: string;
}

/**
 * Time-driven trigger (hourly) and menu item «Обновить сводку»: rebuilds the dashboard sheet.
 * From the menu it says so in a toast; from a trigger it just logs.
 */
export function refreshDashboard(): RefreshSummary {
  const id = (appsProperties().get(CONFIG_KEYS.registersSpreadsheetId) ?? '').trim();
  const spreadsheet = id === '' ? SpreadsheetApp.getActiveSpreadsheet() : SpreadsheetApp.openById(id);
  if (spreadsheet === null) {
    const detail = 'Docflow не настроен: не задана таблица реестров. Администратору: запустите Docflow → Настройка.';
    appsLog.warn('Dashboard not refreshed', { detail });
    return { status: 'not_configured', detail };
  }
  const report = buildDashboard({
    sheets: appsRegisterSheets(spreadsheet),
    dashboard: appsDashboardSheet(spreadsheet),
    clock: appsClock,
    log: appsLog,
    stamp: (instant) => Utilities.formatDate(instant, Session.getScriptTimeZone(), 'dd.MM.yyyy HH:mm'),
  });
  const skipped = report.problems.length === 0 ? '' : ` Не учтено строк с ошибками: ${report.problems.length}.`;
  const detail = `Сводка обновлена: документов ${report.figures.total}, просрочено ${report.figures.overdue.length}.${skipped}`;
  try {
    spreadsheet.toast(detail, 'Docflow');
  } catch {
    // No UI in a trigger run; the log line below is the record.
  }
  return { status: 'success', detail };
}
