import { fail, type Failure, ok, type Success } from '../../result';
import { formatRegistryNumber, parseRegistryNumber } from '../../numbers/registryNumber';
import { hasControlCharacter } from '../../text/controlCharacters';
import { parseIsoTimestamp } from '../../text/isoTimestamp';

/**
 * Hand-written readers for incoming protocol messages. No schema library: this code runs inside
 * Apps Script too, and it must say exactly which field was wrong.
 *
 * Readers return typed values and throw `InvalidField` at the first bad field; `runValidation`
 * catches it and turns it into a Failure with the field's path (`events[2].sequence`). The
 * exception never leaves this folder: every public entry point goes through `runValidation`.
 */
export type MessageErrorType = 'invalid_message' | 'unsupported_version';
export type MessageFailure = Failure<MessageErrorType> & {
  /** Path of the first bad field, `''` for the message itself. */
  readonly path: string;
};
export type Validated<T> = Success<T> | MessageFailure;

export class InvalidField extends Error {
  constructor(
    readonly path: string,
    readonly detail: string,
    readonly errorType: MessageErrorType = 'invalid_message',
  ) {
    super(detail);
  }
}

export function runValidation<T>(read: () => T): Validated<T> {
  try {
    return ok(read());
  } catch (error) {
    if (error instanceof InvalidField) return { ...fail(error.errorType, error.detail), path: error.path };
    throw error;
  }
}

export type Json = Readonly<Record<string, unknown>>;

export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** Throws the failure for `path`: "Поле «path»: ожидалось …, получено …". */
export function invalid(path: string, expected: string, actual: unknown): never {
  const where = path === '' ? 'Сообщение' : `Поле «${path}»`;
  throw new InvalidField(path, `${where}: ожидалось ${expected}, получено ${describeJson(actual)}.`);
}

export function readRecord(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) invalid(path, 'объект', value);
  return value as Json;
}

/** Own properties only: `"__proto__"` or `"toString"` in a hostile message are just missing. */
export function fieldOf(record: Json, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

export interface StringRule {
  readonly max: number;
  /** Default 1: a required string may not be empty. */
  readonly min?: number;
  readonly pattern?: RegExp;
  /** How to say what the pattern wants, in Russian (e.g. "идентификатор из латиницы и цифр"). */
  readonly patternHint?: string;
  /** Allow line breaks and tabs (free text); other control characters are never allowed. */
  readonly multiline?: boolean;
}

export function readString(record: Json, key: string, path: string, rule: StringRule): string {
  const at = childPath(path, key);
  return checkString(fieldOf(record, key), at, rule);
}

export function readOptionalString(record: Json, key: string, path: string, rule: StringRule): string | undefined {
  const value = fieldOf(record, key);
  return value === undefined ? undefined : checkString(value, childPath(path, key), rule);
}

export function checkString(value: unknown, at: string, rule: StringRule): string {
  const min = rule.min ?? 1;
  const expected = rule.patternHint ?? (min > 0 ? `непустая строка до ${rule.max} символов` : `строка до ${rule.max} символов`);
  if (typeof value !== 'string' || value.length < min || value.length > rule.max) invalid(at, expected, value);
  if (hasControlCharacter(value, rule.multiline === true)) invalid(at, `${expected} без управляющих символов`, value);
  if (rule.pattern !== undefined && !rule.pattern.test(value)) invalid(at, expected, value);
  return value;
}

export function readInteger(record: Json, key: string, path: string, min: number, max: number): number {
  const value = fieldOf(record, key);
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    invalid(childPath(path, key), `целое число от ${min} до ${max}`, value);
  }
  return value;
}

export function readOptionalInteger(record: Json, key: string, path: string, min: number, max: number): number | undefined {
  return fieldOf(record, key) === undefined ? undefined : readInteger(record, key, path, min, max);
}

export function readBoolean(record: Json, key: string, path: string): boolean {
  const value = fieldOf(record, key);
  if (typeof value !== 'boolean') invalid(childPath(path, key), 'true или false', value);
  return value;
}

export function readOneOf<T extends string>(record: Json, key: string, path: string, values: readonly T[]): T {
  const value = fieldOf(record, key);
  if (typeof value !== 'string' || !(values as readonly string[]).includes(value)) {
    invalid(childPath(path, key), `одно из: ${values.join(', ')}`, value);
  }
  return value as T;
}

export function readArray(record: Json, key: string, path: string, max: number): readonly unknown[] {
  const value = fieldOf(record, key);
  if (!Array.isArray(value)) invalid(childPath(path, key), `список (до ${max} элементов)`, value);
  if (value.length > max) {
    const at = childPath(path, key);
    throw new InvalidField(at, `Поле «${at}»: ожидалось не больше ${max} элементов, получено ${value.length}.`);
  }
  return value;
}

/** ISO 8601 with an explicit zone (shared/text/isoTimestamp.ts), returned unchanged. */
export function readTimestamp(record: Json, key: string, path: string): string {
  const value = fieldOf(record, key);
  if (typeof value !== 'string' || value.length > 40 || parseIsoTimestamp(value) === undefined) {
    invalid(childPath(path, key), 'дата и время ISO 8601 с часовым поясом (2026-03-01T09:30:00.000Z)', value);
  }
  return value;
}

/** A Docflow registry number in its canonical form (shared/numbers/registryNumber.ts). */
export function checkRegistryNumber(value: unknown, at: string): string {
  const parsed = typeof value === 'string' && value.length <= 40 ? parseRegistryNumber(value) : undefined;
  if (parsed === undefined || parsed.status === 'error' || formatRegistryNumber(parsed.response) !== value) {
    invalid(at, 'регистрационный номер Docflow вида C-2026-00042', value);
  }
  return value;
}

export function readRegistryNumber(record: Json, key: string, path: string): string {
  return checkRegistryNumber(fieldOf(record, key), childPath(path, key));
}

/** "получено …" in a detail: the kind of JSON value and a short quote of it. */
export function describeJson(value: unknown): string {
  if (value === undefined) return 'ничего (поле отсутствует)';
  if (value === null) return 'null';
  if (typeof value === 'string') return value.length <= 40 ? `строка «${value}»` : `строка «${value.slice(0, 37)}…» (${value.length} символов)`;
  if (typeof value === 'number') return `число ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `список из ${value.length} элементов`;
  if (typeof value === 'object') return 'объект';
  return typeof value;
}
