import { fail, ok, type Result } from '../result';
import { auditSeries, isCleanSeries, type SeriesAudit } from './auditSeries';
import { MAX_INDEX, MAX_SEQUENCE } from './limits';

/**
 * Picking the next number. Pure: the adapter reads the issued numbers and writes the new one
 * under one LockService lock, so two managers can never be handed the same number; these
 * functions only make sure the number they hand out continues the run without a gap or a
 * duplicate.
 *
 * - nextSequence: the numbers already issued in one series and year (sequenceSeriesOf; every
 *   series restarts at 1 each calendar year), annulled documents included.
 * - nextChildIndex: the indexes already issued to annexes of one kind under one parent
 *   (specifications, appendices and supplementary agreements are counted separately).
 * - nextSequenceAfter: the same as nextSequence when the adapter keeps only a counter of the
 *   last issued number; it cannot see gaps or duplicates in the register, so prefer the list.
 *
 * A run that is already broken (a gap, a duplicate, a value that is not a number) is refused
 * rather than "repaired": filling a gap would give a new document an older number, and the
 * register must be put right by a person first.
 */
export type AllocationError = 'numbering_broken' | 'numbers_exhausted';

export function nextSequence(issued: readonly number[]): Result<number, AllocationError> {
  return nextInRun(issued, MAX_SEQUENCE, 'Нумерация документов в реестре за этот год');
}

export function nextChildIndex(issued: readonly number[]): Result<number, AllocationError> {
  return nextInRun(issued, MAX_INDEX, 'Нумерация документов этого вида к договору');
}

export function nextSequenceAfter(lastIssued: number): Result<number, AllocationError> {
  if (!Number.isInteger(lastIssued) || lastIssued < 0 || lastIssued > MAX_SEQUENCE) {
    return fail(
      'numbering_broken',
      `Счётчик номеров содержит недопустимое значение ${String(lastIssued)}: ожидается целое от 0 до ${MAX_SEQUENCE}. Номер не выдан; исправьте счётчик по реестру.`,
    );
  }
  if (lastIssued === MAX_SEQUENCE) return exhausted(MAX_SEQUENCE);
  return ok(lastIssued + 1);
}

function nextInRun(issued: readonly number[], limit: number, what: string): Result<number, AllocationError> {
  const audit = auditSeries(issued, limit);
  if (!isCleanSeries(audit)) {
    return fail(
      'numbering_broken',
      `${what} нарушена: ${describeDefects(audit)}. Новый номер не выдан, чтобы не создать пропуск или дубль: исправьте реестр (аннулированные документы сохраняют свои номера) и повторите.`,
    );
  }
  if (issued.length >= limit) return exhausted(limit);
  return ok(issued.length + 1);
}

function exhausted(limit: number): Result<never, AllocationError> {
  return fail('numbers_exhausted', `Все номера до ${limit} уже выданы, следующего номера нет. Обратитесь к администратору.`);
}

function describeDefects(audit: SeriesAudit): string {
  const parts: string[] = [];
  if (audit.missing.length > 0) {
    parts.push(`${oneOrMany(audit.missing, 'пропущен номер', 'пропущены номера')} ${listSome(audit.missing)}`);
  }
  if (audit.duplicated.length > 0) {
    parts.push(`${oneOrMany(audit.duplicated, 'повторяется номер', 'повторяются номера')} ${listSome(audit.duplicated)}`);
  }
  if (audit.invalid.length > 0) {
    parts.push(`${oneOrMany(audit.invalid, 'недопустимое значение', 'недопустимые значения')} ${listSome(audit.invalid)}`);
  }
  return parts.join('; ');
}

function oneOrMany(items: readonly unknown[], one: string, many: string): string {
  return items.length === 1 ? one : many;
}

const LISTED = 10;

function listSome(numbers: readonly number[]): string {
  const shown = numbers.slice(0, LISTED).map(String).join(', ');
  return numbers.length > LISTED ? `${shown} и ещё ${numbers.length - LISTED}` : shown;
}
