// The `batch` method (settings/how-to-call-rest-api/batch.md, current version):
//  - `cmd`: a map (or list) of "method?query" strings, run in order; the query is parsed like a
//    form body (PHP parse_str), then `$result[...]` references are resolved (resultReferences.ts);
//  - at most 50 commands: "subqueries beyond the limit will end with an error
//    ERROR_BATCH_LENGTH_EXCEEDED" — the first 50 run, every later one gets that error;
//  - `halt` (0/1, true/false): with 1 the first failing command stops the chain;
//  - a nested `batch` ends with ERROR_BATCH_METHOD_NOT_ALLOWED;
//  - the answer is HTTP 200 with result/result_error/result_total/result_next/result_time keyed
//    by the command keys, each `[]` when empty (PHP arrays, see phpJson.ts).
import type { MethodOutput } from './methodTypes';
import { isPlainObject, paramAnyCase, type RestParams } from './params';
import { phpArray } from './phpJson';
import { parsePhpQuery } from './phpQuery';
import { RestError, systemErrors } from './restError';
import { resolveReferences, type BatchResults } from './resultReferences';
import type { TimeBlock } from './timeBlock';

export const BATCH_LIMIT = 50;

export type CommandOutcome = { output: MethodOutput; time: TimeBlock } | { error: RestError };

export type CommandRunner = (method: string, params: RestParams, commandKey: string) => CommandOutcome;

export function runBatch(params: RestParams, runCommand: CommandRunner): MethodOutput {
  const halt = isTruthy(paramAnyCase(params, 'halt'));
  const cmd = paramAnyCase(params, 'cmd');
  const commands: [string, unknown][] = Array.isArray(cmd)
    ? cmd.map((value, index) => [String(index), value])
    : isPlainObject(cmd)
      ? Object.entries(cmd)
      : [];
  const results: BatchResults = { result: new Map(), result_total: new Map(), result_next: new Map() };
  const errors = new Map<string, unknown>();
  const times = new Map<string, unknown>();

  for (const [index, [key, value]] of commands.entries()) {
    const outcome = index >= BATCH_LIMIT ? { error: systemErrors.batchLengthExceeded() } : runOne(value, results, key, runCommand);
    if ('error' in outcome) {
      errors.set(key, outcome.error.toBody());
      if (halt) break;
      continue;
    }
    results.result.set(key, outcome.output.result);
    if (outcome.output.total !== undefined) results.result_total.set(key, outcome.output.total);
    if (outcome.output.next !== undefined) results.result_next.set(key, outcome.output.next);
    times.set(key, outcome.time);
  }

  return {
    result: {
      result: phpArray([...results.result]),
      result_error: phpArray([...errors]),
      result_total: phpArray([...results.result_total]),
      result_next: phpArray([...results.result_next]),
      result_time: phpArray([...times]),
    },
  };
}

function runOne(command: unknown, results: BatchResults, key: string, runCommand: CommandRunner): CommandOutcome {
  const text = typeof command === 'string' ? command : '';
  const mark = text.indexOf('?');
  const method = (mark === -1 ? text : text.slice(0, mark)).trim().replace(/\.json$/i, '').toLowerCase();
  if (method === 'batch') return { error: systemErrors.batchMethodNotAllowed() };
  const query = mark === -1 ? '' : text.slice(mark + 1);
  const params = resolveReferences(parsePhpQuery(query), results) as RestParams;
  return runCommand(method, params, key);
}

function isTruthy(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return ['1', 'true', 'y', 'yes'].includes(value.trim().toLowerCase());
  return false;
}
