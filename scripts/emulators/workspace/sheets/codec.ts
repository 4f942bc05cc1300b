import type { ContentCodec } from '../drive/contentCodecs';
import type { Cell, SheetModel, SpreadsheetContent } from './model';

interface CellJson {
  v?: string | number | boolean;
  d?: string;
  f?: string;
  q?: boolean;
}

function cellToJson(cell: Cell | null): CellJson | null {
  if (cell === null) return null;
  const out: CellJson = cell.v instanceof Date ? { d: cell.v.toISOString() } : { v: cell.v };
  if (cell.f !== undefined) out.f = cell.f;
  if (cell.quoted === true) out.q = true;
  return out;
}

function cellFromJson(json: CellJson | null): Cell | null {
  if (json === null) return null;
  const cell: Cell = { v: json.d !== undefined ? new Date(json.d) : (json.v ?? '') };
  if (json.f !== undefined) cell.f = json.f;
  if (json.q === true) cell.quoted = true;
  return cell;
}

/** Persists spreadsheets as JSON (dates as ISO strings) and deep-copies them for makeCopy. */
export const spreadsheetCodec: ContentCodec<SpreadsheetContent> = {
  toJSON(content) {
    return { ...content, sheets: content.sheets.map((s) => ({ ...s, rows: s.rows.map((line) => line.map(cellToJson)) })) };
  },
  fromJSON(json) {
    const raw = json as Omit<SpreadsheetContent, 'sheets'> & { sheets: (Omit<SheetModel, 'rows'> & { rows: (CellJson | null)[][] })[] };
    return { ...raw, sheets: raw.sheets.map((s) => ({ ...s, rows: s.rows.map((line) => line.map(cellFromJson)) })) };
  },
  clone(content) {
    return spreadsheetCodec.fromJSON(JSON.parse(JSON.stringify(spreadsheetCodec.toJSON(content))));
  },
};
