/**
 * A small reader for untrusted JSON that records every problem (with its path) instead of
 * stopping at the first one, so an administrator sees the whole list at once.
 */
export class JsonReader {
  private readonly found: string[] = [];

  get problems(): readonly string[] {
    return this.found;
  }

  report(path: string, message: string): void {
    this.found.push(path === '' ? message : `${path}: ${message}`);
  }

  /** An object with only the allowed keys (extra keys are reported: they are usually typos). */
  object(value: unknown, path: string, allowed: readonly string[]): Readonly<Record<string, unknown>> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.report(path, 'ожидается объект');
      return undefined;
    }
    const record = value as Readonly<Record<string, unknown>>;
    for (const key of Object.keys(record)) {
      if (!allowed.includes(key)) this.report(join(path, key), 'неизвестное поле (опечатка?)');
    }
    return record;
  }

  array(record: Readonly<Record<string, unknown>>, key: string, path: string): readonly unknown[] | undefined {
    const value = record[key];
    if (!Array.isArray(value)) {
      this.report(join(path, key), value === undefined ? 'обязательное поле отсутствует' : 'ожидается массив');
      return undefined;
    }
    return value;
  }

  /** A non-blank string, trimmed; optionally it must match `shape` (described by `shapeText`). */
  string(
    record: Readonly<Record<string, unknown>>,
    key: string,
    path: string,
    shape?: { readonly pattern: RegExp; readonly description: string },
  ): string | undefined {
    const value = record[key];
    if (typeof value !== 'string' || value.trim() === '') {
      this.report(join(path, key), value === undefined ? 'обязательное поле отсутствует' : 'ожидается непустая строка');
      return undefined;
    }
    const text = value.trim();
    if (shape !== undefined && !shape.pattern.test(text)) {
      this.report(join(path, key), `«${text}»: ${shape.description}`);
      return undefined;
    }
    return text;
  }

  optionalString(
    record: Readonly<Record<string, unknown>>,
    key: string,
    path: string,
    shape?: { readonly pattern: RegExp; readonly description: string },
  ): string | undefined {
    return record[key] === undefined ? undefined : this.string(record, key, path, shape);
  }

  boolean(record: Readonly<Record<string, unknown>>, key: string, path: string): boolean | undefined {
    const value = record[key];
    if (typeof value !== 'boolean') {
      this.report(join(path, key), value === undefined ? 'обязательное поле отсутствует' : 'ожидается true или false');
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(
    record: Readonly<Record<string, unknown>>,
    key: string,
    path: string,
    allowed: readonly T[],
  ): T | undefined {
    const value = record[key];
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.report(
      join(path, key),
      value === undefined ? 'обязательное поле отсутствует' : `ожидается одно из: ${allowed.join(', ')}`,
    );
    return undefined;
  }
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}
