import type { DashboardSheetPort } from './dashboardSheetPort';
import { CHART_COLUMN } from './dashboardLayout';

/**
 * DashboardSheetPort over SpreadsheetApp. Charts are embedded charts built with
 * Sheet.newChart() (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder):
 * the old ones are removed and new ones inserted, so a refresh never stacks duplicates.
 */
export function appsDashboardSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): DashboardSheetPort {
  return {
    publish(name, values, charts) {
      const sheet = spreadsheet.getSheetByName(name) ?? spreadsheet.insertSheet(name);
      sheet.clearContents();
      const width = values[0]?.length ?? 0;
      if (values.length > 0 && width > 0) sheet.getRange(1, 1, values.length, width).setValues(values.map((row) => [...row]));
      for (const chart of sheet.getCharts()) sheet.removeChart(chart);
      for (const plan of charts) {
        const type =
          plan.type === 'PIE' ? Charts.ChartType.PIE : plan.type === 'COLUMN' ? Charts.ChartType.COLUMN : Charts.ChartType.BAR;
        const chart = sheet
          .newChart()
          .setChartType(type)
          .addRange(sheet.getRange(plan.range.row, plan.range.column, plan.range.rows, plan.range.columns))
          .setNumHeaders(1)
          .setOption('title', plan.title)
          .setPosition(plan.anchorRow, CHART_COLUMN, 0, 0)
          .build();
        sheet.insertChart(chart);
      }
    },
  };
}
