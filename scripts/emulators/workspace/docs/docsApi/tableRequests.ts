// insertTableRow and deleteTableRow, addressed by a TableCellLocation: the table's start index
// and a cell's row (the column does not matter for rows).
// https://developers.google.com/docs/api/reference/rest/v1/documents/request#InsertTableRowRequest

import type { DocModel } from '../model/docModel';
import { ModelError } from '../model/modelError';
import { emptyRowLike, insertTableRow, removeTableRow } from '../model/structureEdits';
import type { TableStructuralElement } from '../model/types';
import { tablesIn } from '../model/walk';
import { integerField, objectField, segmentOf, type Json } from './requestFields';

interface CellLocation {
  readonly segmentId: string;
  readonly table: TableStructuralElement;
  readonly rowIndex: number;
}

function resolveCell(model: DocModel, body: Json): CellLocation {
  const location = objectField(body, 'tableCellLocation');
  const start = objectField(location, 'tableStartLocation');
  const segmentId = segmentOf(model, start);
  const index = integerField(start, 'index');
  const layout = model.layout(segmentId);
  const table = tablesIn(model.segmentContent(segmentId)).find((candidate) => layout.spanOf(candidate)?.start === index);
  if (!table) throw new ModelError(`The provided table start location ${index} does not point to a table.`);
  const rowIndex = integerField(location, 'rowIndex', 0);
  const columnIndex = integerField(location, 'columnIndex', 0);
  const row = table.table.tableRows[rowIndex];
  if (!row) throw new ModelError(`The row index ${rowIndex} is out of bounds for a table with ${table.table.rows} rows.`);
  if (columnIndex < 0 || columnIndex >= row.tableCells.length) {
    throw new ModelError(`The column index ${columnIndex} is out of bounds for a row with ${row.tableCells.length} cells.`);
  }
  return { segmentId, table, rowIndex };
}

export function insertTableRowRequest(model: DocModel, body: Json): Json {
  const { segmentId, table, rowIndex } = resolveCell(model, body);
  const below = body['insertBelow'] === true;
  const row = emptyRowLike(table.table.tableRows[rowIndex], table.table.columns);
  insertTableRow(model, segmentId, table, below ? rowIndex + 1 : rowIndex, row);
  return {};
}

export function deleteTableRowRequest(model: DocModel, body: Json): Json {
  const { segmentId, table, rowIndex } = resolveCell(model, body);
  removeTableRow(model, segmentId, table, rowIndex);
  return {};
}
