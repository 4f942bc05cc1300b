import { APPROVALS_REGISTER, CORRESPONDENCE_REGISTER, DOCUMENTS_REGISTER } from '../../shared/registers';
import type { ClockPort } from '../platform/clockPort';
import type { LogPort } from '../platform/logPort';
import { readRegisterRows } from '../registerIndex/readRegisterRows';
import { readRegisterSettings } from '../registerIndex/registerSettings';
import type { RegisterSheetsPort } from '../registerIndex/sheetsPort';
import { DASHBOARD_SHEET } from '../registers/registerSheets';
import { SETTINGS_SHEET } from '../registers/settingsSheet';
import { readableDate } from '../overdue/sendOverdueReminders';
import { type DashboardFigures, dashboardFigures } from './dashboardFigures';
import { dashboardLayout } from './dashboardLayout';
import type { DashboardSheetPort } from './dashboardSheetPort';

export interface DashboardDeps {
  readonly sheets: RegisterSheetsPort;
  readonly dashboard: DashboardSheetPort;
  readonly clock: ClockPort;
  readonly log: LogPort;
  /** "dd.MM.yyyy HH:mm" of an instant in the script's time zone. */
  readonly stamp: (instant: Date) => string;
}

export interface DashboardReport {
  readonly figures: DashboardFigures;
  /** Register rows that could not be read and were left out, in Russian. */
  readonly problems: readonly string[];
}

/**
 * Rebuilds the dashboard sheet from the registers: three whole-register reads (Documents,
 * Correspondence, Approvals) and the Settings sheet, the figures computed in memory, the sheet
 * written with one setValues and its charts replaced. The number of service calls does not
 * depend on how many rows the registers hold.
 */
export function buildDashboard(deps: DashboardDeps): DashboardReport {
  const now = deps.clock.now();
  const settings = readRegisterSettings(deps.sheets.readAll(SETTINGS_SHEET));
  const documents = readRegisterRows(deps.sheets, DOCUMENTS_REGISTER);
  const correspondence = readRegisterRows(deps.sheets, CORRESPONDENCE_REGISTER);
  const approvals = readRegisterRows(deps.sheets, APPROVALS_REGISTER);
  const figures = dashboardFigures({
    documents: documents.entries.map((entry) => entry.row),
    correspondence: correspondence.entries.map((entry) => entry.row),
    approvals: approvals.entries.map((entry) => entry.row),
    roles: settings.docflow.roles,
    overdueRules: { overdueDays: settings.overdueDays, escalateDays: settings.escalateDays },
    monthsShown: settings.dashboardMonths,
    now,
    monthOf: (instant) => deps.clock.calendarDate(instant).slice(0, 7),
  });
  const layout = dashboardLayout(figures, deps.stamp(now), (iso) => readableDate(deps.clock, iso));
  deps.dashboard.publish(DASHBOARD_SHEET, layout.values, layout.charts);
  const problems = [...settings.problems, ...documents.problems, ...correspondence.problems, ...approvals.problems];
  if (problems.length > 0) deps.log.warn('Dashboard: rows left out', { problems: problems.slice(0, 20), count: problems.length });
  deps.log.info('Dashboard refreshed', { documents: figures.total, overdue: figures.overdue.length });
  return { figures, problems };
}
