import { contentText, endOf, startOf } from './documentText';
import type { DocsDocument, DocsTable } from './docsTypes';

/** A table whose row `templateRow` holds the `{{row.*}}` placeholders: it lists the product rows. */
export interface ProductTable {
  /** The table's start index in the body (what a TableCellLocation names). */
  readonly tableStart: number;
  readonly templateRow: number;
  /** End index of the template row: the first inserted row starts here. */
  readonly templateRowEnd: number;
  readonly columns: number;
  /** Text of each cell of the template row, paragraphs joined with "\n". */
  readonly cellTexts: readonly string[];
}

const ROW_TOKEN = '{{row.';

/** The product tables of the body, in document order (tables inside tables are not searched). */
export function findProductTables(document: DocsDocument): ProductTable[] {
  const found: ProductTable[] = [];
  for (const element of document.body?.content ?? []) {
    if (element.table === undefined) continue;
    const table = productTable(element.table, startOf(element));
    if (table !== undefined) found.push(table);
  }
  return found;
}

function productTable(table: DocsTable, tableStart: number): ProductTable | undefined {
  const rows = table.tableRows ?? [];
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    const cellTexts = (row?.tableCells ?? []).map((cell) => contentText(cell.content));
    if (row === undefined || !cellTexts.some((text) => text.includes(ROW_TOKEN))) continue;
    return { tableStart, templateRow: index, templateRowEnd: endOf(row), columns: cellTexts.length, cellTexts };
  }
  return undefined;
}
