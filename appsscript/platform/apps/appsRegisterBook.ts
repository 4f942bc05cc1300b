import type { CellValue } from '../../../shared/registers';
import type { RegisterBookPort } from '../registerBookPort';

/** RegisterBookPort over SpreadsheetApp: whole-range reads and writes, one call each. */
export function appsRegisterBook(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): RegisterBookPort {
  const sheet = (name: string): GoogleAppsScript.Spreadsheet.Sheet => {
    const found = spreadsheet.getSheetByName(name);
    if (found === null) throw new Error(`The registers spreadsheet has no sheet «${name}»: run Docflow → Настройка`);
    return found;
  };
  return {
    spreadsheetId: spreadsheet.getId(),
    sheetNames: () => spreadsheet.getSheets().map((s) => s.getName()),
    createSheet(name, header) {
      const created = spreadsheet.insertSheet(name);
      if (header === null || header.length === 0) return;
      created.getRange(1, 1, 1, header.length).setValues([[...header]]);
      created.setFrozenRows(1);
    },
    readRows: (name) => sheet(name).getDataRange().getValues(),
    appendRows(name, rows) {
      if (rows.length === 0) return;
      const target = sheet(name);
      const width = Math.max(...rows.map((row) => row.length));
      const padded = rows.map((row) => [...row, ...new Array<CellValue>(width - row.length).fill('')]);
      target.getRange(target.getLastRow() + 1, 1, padded.length, width).setValues(padded);
    },
    writeCells(name, rowNumber, column, values) {
      if (values.length === 0) return;
      sheet(name).getRange(rowNumber, column, 1, values.length).setValues([[...values]]);
    },
  };
}
