// filter / select / order / start for list methods, as documented for crm.deal.list and the
// other CRM list methods (api-reference/crm/deals/crm-deal-list.md, "Method Parameters";
// settings/how-to-call-rest-api/list-methods-pecularities.md):
//  - pages of 50: `start` is the offset, `next` is present only when more records follow, `total`
//    counts every match; `start = -1` skips counting (settings/performance/huge-data.md), so the
//    answer has no `next` and `total: 0`, as that page's example shows;
//  - filter key prefixes: `=` (default), `!`/`!=`, `>`, `>=`, `<`, `<=`, `@` (IN), `!@` (NOT IN),
//    `%` (substring), `=%`/`%=` (LIKE with `%` wildcards in the value), `!%`, `!=%`/`!%=` (NOT LIKE);
//    an array value without a prefix means IN, with `!` NOT IN. LIKE ignores letter case (MySQL
//    collation); equality compares numbers as numbers and everything else as exact strings;
//  - select: `*` is every plain field, `UF_*` every custom field; multi-fields (EMAIL, PHONE, …)
//    only when named. Unknown names are left out. Without `select`: `*` + `UF_*` (crm.deal.list
//    documents that default);
//  - order: `{ FIELD: 'ASC' | 'DESC' }`, any letter case; ties and the default are by ID.
import { isPlainObject, objectParam, paramAnyCase, type RestParams } from './params';

export const PAGE_SIZE = 50;

export type Row = Record<string, unknown>;

export interface ListShape {
  /** Fields that neither `*` nor the default selection includes (multi-fields such as EMAIL). */
  multiFields?: readonly string[];
}

export interface ListPage {
  result: Row[];
  total?: number;
  next?: number;
}

export function runListQuery(rows: readonly Row[], params: RestParams, shape: ListShape = {}): ListPage {
  const filter = objectParam(params, 'filter');
  const order = objectParam(params, 'order');
  const matching = rows.filter((row) => matchesFilter(row, filter));
  const sorted = sortRows(matching, order);
  const start = readStart(paramAnyCase(params, 'start'));
  const select = readSelect(paramAnyCase(params, 'select'));
  const project = (row: Row): Row => projectRow(row, select, shape);
  if (start === -1) return { result: sorted.slice(0, PAGE_SIZE).map(project), total: 0 };
  const page = sorted.slice(start, start + PAGE_SIZE).map(project);
  const out: ListPage = { result: page, total: sorted.length };
  if (start + PAGE_SIZE < sorted.length) out.next = start + PAGE_SIZE;
  return out;
}

export function matchesFilter(row: Row, filter: Record<string, unknown>): boolean {
  return Object.entries(filter).every(([key, expected]) => {
    const { op, field } = splitFilterKey(key);
    return compare(op, row[field], expected);
  });
}

const OPERATORS = ['!@', '!=%', '!%=', '!%', '!=', '>=', '<=', '=%', '%=', '!', '>', '<', '@', '%', '='] as const;
type FilterOp = (typeof OPERATORS)[number] | '';

function splitFilterKey(key: string): { op: FilterOp; field: string } {
  for (const op of OPERATORS) if (key.startsWith(op) && key.length > op.length) return { op, field: key.slice(op.length) };
  return { op: '', field: key };
}

function compare(op: FilterOp, actual: unknown, expected: unknown): boolean {
  const list = Array.isArray(expected) ? expected : isPlainObject(expected) ? Object.values(expected) : null;
  switch (op) {
    case '':
    case '=':
      return list ? list.some((item) => looseEquals(actual, item)) : looseEquals(actual, expected);
    case '!':
    case '!=':
      return list ? !list.some((item) => looseEquals(actual, item)) : !looseEquals(actual, expected);
    case '@':
      return (list ?? [expected]).some((item) => looseEquals(actual, item));
    case '!@':
      return !(list ?? [expected]).some((item) => looseEquals(actual, item));
    case '>':
      return ordering(actual, expected) > 0;
    case '>=':
      return ordering(actual, expected) >= 0;
    case '<':
      return ordering(actual, expected) < 0;
    case '<=':
      return ordering(actual, expected) <= 0;
    case '%':
      return textOf(actual).toLowerCase().includes(textOf(expected).toLowerCase());
    case '!%':
      return !textOf(actual).toLowerCase().includes(textOf(expected).toLowerCase());
    case '=%':
    case '%=':
      return likePattern(textOf(expected)).test(textOf(actual));
    case '!=%':
    case '!%=':
      return !likePattern(textOf(expected)).test(textOf(actual));
  }
}

function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Y' : 'N';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function isNumeric(text: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(text.trim());
}

function looseEquals(actual: unknown, expected: unknown): boolean {
  const a = textOf(actual);
  const b = textOf(expected);
  if (isNumeric(a) && isNumeric(b)) return Number(a) === Number(b);
  return a === b;
}

function ordering(actual: unknown, expected: unknown): number {
  const a = textOf(actual);
  const b = textOf(expected);
  if (isNumeric(a) && isNumeric(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

function likePattern(pattern: string): RegExp {
  const body = pattern
    .split('%')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`, 'is');
}

function sortRows(rows: Row[], order: Record<string, unknown>): Row[] {
  const keys = Object.entries(order).map(([field, dir]) => ({ field, desc: String(dir).toUpperCase() === 'DESC' }));
  keys.push({ field: 'ID', desc: false });
  return [...rows].sort((x, y) => {
    for (const { field, desc } of keys) {
      const diff = ordering(x[field], y[field]);
      if (diff !== 0) return desc ? -diff : diff;
    }
    return 0;
  });
}

function readStart(value: unknown): number {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (text === '-1') return -1;
  return /^\d+$/.test(text) ? Number(text) : 0;
}

function readSelect(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (isPlainObject(value)) return Object.values(value).map(String);
  if (typeof value === 'string' && value !== '') return [value];
  return [];
}

function projectRow(row: Row, select: string[], shape: ListShape): Row {
  const multi = new Set(shape.multiFields ?? []);
  const plain = Object.keys(row).filter((key) => !key.startsWith('UF_') && !multi.has(key));
  const custom = Object.keys(row).filter((key) => key.startsWith('UF_'));
  let fields: string[];
  if (select.length === 0) fields = plain.concat(custom);
  else {
    fields = [];
    for (const name of select) {
      if (name === '*') fields.push(...plain);
      else if (name === 'UF_*') fields.push(...custom);
      else if (name in row) fields.push(name);
    }
  }
  const out: Row = {};
  for (const field of fields) out[field] = row[field];
  return out;
}
