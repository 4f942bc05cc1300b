import type { CellValue } from '../../shared/registers';
import type { RegisterSheetsPort } from './sheetsPort';

/**
 * RegisterSheetsPort over SpreadsheetApp. Sheet objects are looked up once per execution and
 * kept: getSheetByName is a service call like any other.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
 */
export function appsRegisterSheets(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): RegisterSheetsPort {
  const sheets = new Map<string, GoogleAppsScript.Spreadsheet.Sheet | null>();
  const find = (name: string): GoogleAppsScript.Spreadsheet.Sheet | null => {
    if (!sheets.has(name)) sheets.set(name, spreadsheet.getSheetByName(name));
    return sheets.get(name) ?? null;
  };
  const sheet = (name: string): GoogleAppsScript.Spreadsheet.Sheet => {
    const found = find(name);
    if (found === null) throw new Error(`The registers spreadsheet has no sheet «${name}»: run Docflow → Настройка`);
    return found;
  };
  return {
    hasSheet: (name) => find(name) !== null,
    createSheet(name, header) {
      const created = spreadsheet.insertSheet(name);
      created.getRange(1, 1, 1, header.length).setValues([[...header]]);
      created.setFrozenRows(1);
      sheets.set(name, created);
    },
    lastRow: (name) => sheet(name).getLastRow(),
    read(name, row, column, numRows, numColumns) {
      if (numRows <= 0 || numColumns <= 0) return [];
      return sheet(name).getRange(row, column, numRows, numColumns).getValues();
    },
    readAll: (name) => sheet(name).getDataRange().getValues(),
    write(name, row, column, values) {
      const width = values[0]?.length ?? 0;
      if (values.length === 0 || width === 0) return;
      sheet(name).getRange(row, column, values.length, width).setValues(values.map((line) => [...line]));
    },
    append(name, rows) {
      const target = sheet(name);
      const first = target.getLastRow() + 1;
      const width = Math.max(0, ...rows.map((line) => line.length));
      if (rows.length === 0 || width === 0) return first;
      const padded = rows.map((line) => [...line, ...new Array<CellValue>(width - line.length).fill('')]);
      target.getRange(first, 1, padded.length, width).setValues(padded);
      return first;
    },
  };
}
