import { isDocumentKind } from '../kinds/documentKinds';
import { fail, ok, type Result } from '../result';
import type { DocumentIdentity, ParentIdentity } from './identity';
import { isAnnexKind, isParentKind } from './kindGroups';
import { MAX_INDEX, MAX_SEQUENCE, MAX_YEAR, MIN_YEAR } from './limits';

export type InvalidIdentity = 'invalid_identity';

/**
 * Checks a value that claims to be a DocumentIdentity (from JSON, a register row, a caller
 * outside the type system) against the ranges and the kind rules. Returns a fresh object with
 * only the known fields, so extra properties never leak into payloads or comparisons.
 */
export function validateIdentity(value: unknown): Result<DocumentIdentity, InvalidIdentity> {
  if (!isRecord(value)) return invalid('ожидается объект с видом и номером документа');
  const kind = value['kind'];
  if (!isDocumentKind(kind)) return invalid(`неизвестный вид документа ${describe(kind)}`);
  if (isAnnexKind(kind)) {
    const parent = validateParent(value['parent']);
    if (parent.status === 'error') return parent;
    const index = value['index'];
    if (!isIntegerIn(index, 1, MAX_INDEX)) {
      return invalid(`номер внутри договора должен быть целым от 1 до ${MAX_INDEX}, получено ${describe(index)}`);
    }
    return ok({ kind, parent: parent.response, index });
  }
  const numbered = validateYearAndSequence(value['year'], value['sequence'], '');
  if (numbered.status === 'error') return numbered;
  return ok({ kind, ...numbered.response });
}

/**
 * The formatters' guard: an identity outside the ranges is a programming error (the typed
 * value was built without validateIdentity), and printing it would put an unreadable number
 * on paper, so it throws instead of returning a string.
 */
export function requireValidIdentity(identity: DocumentIdentity): DocumentIdentity {
  const checked = validateIdentity(identity);
  if (checked.status === 'error') throw new RangeError(checked.detail);
  return checked.response;
}

function validateParent(value: unknown): Result<ParentIdentity, InvalidIdentity> {
  if (!isRecord(value)) return invalid('у спецификации, приложения и доп. соглашения должен быть договор-основание');
  const kind = value['kind'];
  if (!isDocumentKind(kind) || !isParentKind(kind)) {
    return invalid(`основанием может быть только договор или рамочный договор, получено ${describe(kind)}`);
  }
  const numbered = validateYearAndSequence(value['year'], value['sequence'], ' договора-основания');
  if (numbered.status === 'error') return numbered;
  return ok({ kind, ...numbered.response });
}

function validateYearAndSequence(
  year: unknown,
  sequence: unknown,
  whose: string,
): Result<{ year: number; sequence: number }, InvalidIdentity> {
  if (!isIntegerIn(year, MIN_YEAR, MAX_YEAR)) {
    return invalid(`год${whose} должен быть целым от ${MIN_YEAR} до ${MAX_YEAR}, получено ${describe(year)}`);
  }
  if (!isIntegerIn(sequence, 1, MAX_SEQUENCE)) {
    return invalid(`порядковый номер${whose} должен быть целым от 1 до ${MAX_SEQUENCE}, получено ${describe(sequence)}`);
  }
  return ok({ year, sequence });
}

function invalid(reason: string): Result<never, InvalidIdentity> {
  return fail('invalid_identity', `Неверный номер документа: ${reason}.`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Never throws, whatever the value (String() throws on objects without a prototype). */
function describe(value: unknown): string {
  if (typeof value === 'string') return `«${value.slice(0, 40)}»`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === undefined || value === null) return 'пустое значение';
  return typeof value === 'object' ? 'объект' : typeof value;
}
