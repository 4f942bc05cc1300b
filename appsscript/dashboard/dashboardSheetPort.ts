import type { CellValue } from '../../shared/registers';
import type { ChartPlan } from './dashboardLayout';

/** The dashboard sheet: its whole content is replaced at each refresh. */
export interface DashboardSheetPort {
  /**
   * Makes the sheet if it is missing, clears it, writes `values` from A1 in one setValues, and
   * replaces its charts with `charts`.
   */
  publish(name: string, values: readonly (readonly CellValue[])[], charts: readonly ChartPlan[]): void;
}
