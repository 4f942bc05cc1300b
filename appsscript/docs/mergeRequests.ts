import { mergeText, placeholdersIn } from '../../shared/merge';
import { documentText } from './documentText';
import type { DocsDocument, DocsRequest } from './docsTypes';
import { insertableValue, placeholderToken, sentinelFor } from './placeholderSentinel';
import { findProductTables, type ProductTable } from './productTables';

export interface MergeValues {
  /** Document-level placeholder → value (plain text, exactly as it should print). */
  readonly fields: { readonly [key: string]: string };
  /** One entry per product row: row placeholder → value. */
  readonly rows: readonly { readonly [key: string]: string }[];
}

export interface MergePlan {
  readonly requests: DocsRequest[];
  /** Placeholders the document uses, each once. */
  readonly used: readonly string[];
  /** Placeholders left as sentinels for the caller (e.g. the barcode image), each once. */
  readonly deferred: readonly string[];
  /** Placeholders the document uses that have no value: left in the document as sentinels. */
  readonly unknown: readonly string[];
}

/**
 * Every request of one Docs batchUpdate that fills a copied template: the product rows expanded
 * into each product table and every placeholder replaced, in this order —
 *  1. every `{{key}}` used → its sentinel (same length, so no index moves);
 *  2. per product table, from the last to the first: N − 1 empty rows inserted below the
 *     template row, then each new cell's text inserted, from the last cell backwards, at the
 *     indices Documents.get gave (a new row is a row start, then per cell a cell start and one
 *     empty paragraph: 1 + 2 × columns indices);
 *  3. every sentinel → its value with replaceAllText (the template row takes the first product
 *     row's values; literal, case-sensitive).
 * Values are inserted literally whatever they contain — `{{…}}`, `$1`, `\`, regex or HTML
 * syntax, a leading `=` — because neither pass ever searches inserted text (see
 * placeholderSentinel.ts). The number of requests grows with placeholders and rows; the number
 * of service calls (one batchUpdate) does not.
 */
export function buildMergeRequests(document: DocsDocument, values: MergeValues, deferred: readonly string[] = []): MergePlan {
  const used = placeholdersIn(documentText(document));
  const firstRow = values.rows[0] ?? {};
  const valueOf = (key: string): string | undefined => (key.startsWith('row.') ? firstRow[key] : values.fields[key]);
  const unknown = used.filter((key) => !deferred.includes(key) && valueOf(key) === undefined);

  const requests: DocsRequest[] = used.map((key) => replaceAll(placeholderToken(key), sentinelFor(key)));
  const tables = findProductTables(document);
  for (const table of [...tables].reverse()) requests.push(...rowRequests(table, values));
  for (const key of used) {
    const value = deferred.includes(key) ? undefined : valueOf(key);
    if (value !== undefined) requests.push(replaceAll(sentinelFor(key), insertableValue(value)));
  }
  return { requests, used, deferred: used.filter((key) => deferred.includes(key)), unknown };
}

function replaceAll(text: string, replaceText: string): DocsRequest {
  return { replaceAllText: { containsText: { text, matchCase: true }, replaceText } };
}

function rowRequests(table: ProductTable, values: MergeValues): DocsRequest[] {
  const extra = values.rows.length - 1;
  if (extra <= 0) return [];
  const requests: DocsRequest[] = [];
  for (let i = 0; i < extra; i++) {
    requests.push({
      insertTableRow: {
        tableCellLocation: { tableStartLocation: { index: table.tableStart }, rowIndex: table.templateRow, columnIndex: 0 },
        insertBelow: true,
      },
    });
  }
  const rowLength = 1 + 2 * table.columns;
  for (let k = extra; k >= 1; k--) {
    const rowStart = table.templateRowEnd + (k - 1) * rowLength;
    const rowValues = { ...values.fields, ...(values.rows[k] ?? {}) };
    for (let c = table.columns - 1; c >= 0; c--) {
      const text = insertableValue(mergeText(table.cellTexts[c] ?? '', rowValues));
      if (text === '') continue;
      requests.push({ insertText: { location: { index: rowStart + 1 + 2 * c + 1 }, text } });
    }
  }
  return requests;
}
