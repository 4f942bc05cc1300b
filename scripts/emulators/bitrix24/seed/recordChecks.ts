// Small checks that name the record and the field when a seed value is wrong. Messages are in
// Russian (the project's user-facing language); field names stay as Bitrix24 spells them.

export type RawRecord = Record<string, unknown>;

export class ProblemList {
  readonly items: string[] = [];

  add(message: string): void {
    this.items.push(message);
  }
}

/** Checks one record; every message starts with `collection[index] (ID x)`. */
export class RecordChecker {
  constructor(
    private readonly problems: ProblemList,
    readonly collection: string,
    readonly index: number,
    readonly record: RawRecord,
  ) {}

  get label(): string {
    const id = this.record['ID'];
    const idPart = typeof id === 'string' || typeof id === 'number' ? ` (ID ${JSON.stringify(id)})` : '';
    return `${this.collection}[${this.index}]${idPart}`;
  }

  problem(field: string, message: string): void {
    this.problems.add(`${this.label}: поле ${field} — ${message}`);
  }

  /** A positive integer id (number or digit string), returned as a string. */
  id(field: string, required = true): string | null {
    const value = this.record[field];
    if (value === undefined || value === null || value === '') {
      if (required) this.problem(field, 'обязательно (положительное целое число)');
      return null;
    }
    const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
    if (!/^\d+$/.test(text) || Number(text) <= 0) {
      this.problem(field, `${JSON.stringify(value)} не является положительным целым числом`);
      return null;
    }
    return String(Number(text));
  }

  /** An id that may be 0 / absent (no link): returns '0' for "none". */
  optionalRef(field: string): string | null {
    const value = this.record[field];
    if (value === undefined || value === null || value === '' || value === 0 || value === '0') return '0';
    return this.id(field, false);
  }

  string(field: string, required = true): string | null {
    const value = this.record[field];
    if (value === undefined || value === null) {
      if (required) this.problem(field, 'обязательно (строка)');
      return null;
    }
    if (typeof value !== 'string') {
      this.problem(field, `${JSON.stringify(value)} должно быть строкой`);
      return null;
    }
    if (required && value.trim() === '') {
      this.problem(field, 'не может быть пустым');
      return null;
    }
    return value;
  }

  /** A number or a numeric string. */
  number(field: string, required = true): number | null {
    const value = this.record[field];
    if (value === undefined || value === null || value === '') {
      if (required) this.problem(field, 'обязательно (число)');
      return null;
    }
    const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
    if (!Number.isFinite(n)) {
      this.problem(field, `${JSON.stringify(value)} не является числом`);
      return null;
    }
    return n;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[], required = false): T | null {
    const value = this.record[field];
    if (value === undefined || value === null) {
      if (required) this.problem(field, `обязательно (одно из: ${allowed.join(', ')})`);
      return null;
    }
    const text = typeof value === 'number' ? String(value) : value;
    if (typeof text !== 'string' || !(allowed as readonly string[]).includes(text)) {
      this.problem(field, `${JSON.stringify(value)} — допустимо одно из: ${allowed.join(', ')}`);
      return null;
    }
    return text as T;
  }

  /** The id of another record, which must exist in `targets` (named for the message). */
  reference(field: string, id: string | null, targets: ReadonlySet<string>, targetName: string): void {
    if (id === null || id === '0') return;
    if (!targets.has(id)) this.problem(field, `${id}: нет записи с таким ID в ${targetName}`);
  }
}

/** Scalars as the REST API returns them: numbers become strings; null, booleans, lists and maps stay. */
export function restScalars(record: RawRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) out[key] = typeof value === 'number' ? String(value) : value;
  return out;
}
