import type { BatchCommand, BatchResult, Bitrix24Rest } from '../../../../appsscript/bitrix24/bitrixRest';

export type CommandAnswer = { result: unknown; total?: number } | { error: string; error_description: string };

/**
 * A Bitrix24Rest stub: each batch command is answered by `answer(method, params)`; every batch
 * is recorded. `failNext` makes the next request throw (Bitrix24 unreachable).
 */
export class FakeBitrix implements Bitrix24Rest {
  readonly batches: Record<string, BatchCommand>[] = [];
  requestCount = 0;
  failNext = 0;

  constructor(private readonly answer: (method: string, params: Record<string, unknown>) => CommandAnswer) {}

  call<T>(method: string, params: Record<string, unknown> = {}): T {
    this.requestCount += 1;
    const answer = this.answer(method, params);
    if ('error' in answer) throw new Error(answer.error);
    return answer.result as T;
  }

  batch(commands: Readonly<Record<string, BatchCommand>>): BatchResult {
    this.requestCount += 1;
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new Error('Bitrix24 batch: HTTP_503');
    }
    this.batches.push({ ...commands });
    const result: Record<string, unknown> = {};
    const errors: Record<string, { error: string; error_description: string }> = {};
    const totals: Record<string, number> = {};
    for (const [key, command] of Object.entries(commands)) {
      const answer = this.answer(command.method, resolve(command.params ?? {}, result) as Record<string, unknown>);
      if ('error' in answer) errors[key] = answer;
      else {
        result[key] = answer.result;
        if (answer.total !== undefined) totals[key] = answer.total;
      }
    }
    return { result, errors, totals };
  }

  /** Every command sent, in order, as [method, params]. */
  commands(): [string, Record<string, unknown>][] {
    return this.batches.flatMap((batch) => Object.values(batch).map((command) => [command.method, command.params ?? {}] as [string, Record<string, unknown>]));
  }

  methods(): string[] {
    return this.commands().map(([method]) => method);
  }
}

/** `$result[cmd][0][ID]` references replaced by earlier results, as Bitrix24's batch does ('' when missing). */
function resolve(value: unknown, results: Record<string, unknown>): unknown {
  if (typeof value === 'string') {
    const match = /^\$result\[(\w+)\]((?:\[\w+\])*)$/.exec(value);
    if (match === null) return value;
    let current: unknown = results[match[1] ?? ''];
    for (const part of (match[2] ?? '').slice(1, -1).split('][').filter((p) => p !== '')) {
      current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[part] : undefined;
    }
    return current === undefined || current === null ? '' : current;
  }
  if (Array.isArray(value)) return value.map((item) => resolve(item, results));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, results)]));
  return value;
}
