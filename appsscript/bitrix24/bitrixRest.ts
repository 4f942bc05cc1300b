import type { HttpPort } from '../platform/httpPort';
import { encodeQuery } from './encodeQuery';

/**
 * Bitrix24 REST over an incoming webhook, with retry on the rate limit.
 * References (bitrix24/b24restdocs): api-reference/how-to-call-rest-api/batch.md (≤ 50 commands,
 * result/result_error/…), limits.md (QUERY_LIMIT_EXCEEDED, HTTP 503, leaky bucket),
 * api-reference/how-to-call-rest-api/general-principles… (error envelope {error, error_description}).
 */
export class Bitrix24Error extends Error {
  constructor(
    readonly method: string,
    readonly code: string,
    readonly description: string,
    readonly httpStatus: number,
  ) {
    super(`Bitrix24 ${method}: ${code}${description ? ` — ${description}` : ''}`);
    this.name = 'Bitrix24Error';
  }
}

/** One command of a batch: a method and its parameters (values may be `$result[...]` references). */
export interface BatchCommand {
  readonly method: string;
  readonly params?: Record<string, unknown>;
}

export interface BatchResult {
  readonly result: Record<string, unknown>;
  readonly errors: Record<string, { error: string; error_description: string }>;
  readonly totals: Record<string, number>;
}

export interface Bitrix24Rest {
  call<T>(method: string, params?: Record<string, unknown>): T;
  batch(commands: Readonly<Record<string, BatchCommand>>, halt?: boolean): BatchResult;
  /** REST requests made so far (a batch is one). */
  readonly requestCount: number;
}

export const MAX_BATCH_COMMANDS = 50;
const BACKOFF_MS = [500, 1000, 2000, 4000, 8000];

export function createBitrix24Rest(webhookUrl: string, http: HttpPort): Bitrix24Rest {
  const base = webhookUrl.endsWith('/') ? webhookUrl : `${webhookUrl}/`;
  let requestCount = 0;

  function request(method: string, body: unknown): unknown {
    for (let attempt = 0; ; attempt++) {
      requestCount++;
      const response = http.postJson(`${base}${method}.json`, body);
      const parsed = parseJson(response.text);
      const error = errorOf(parsed);
      if (response.status < 300 && !error) return parsed;
      const code = error?.error ?? `HTTP_${response.status}`;
      const retriable = code === 'QUERY_LIMIT_EXCEEDED' || response.status === 503;
      const delay = BACKOFF_MS[attempt];
      if (!retriable || delay === undefined) {
        throw new Bitrix24Error(method, code, error?.error_description ?? '', response.status);
      }
      http.sleep(delay);
    }
  }

  return {
    get requestCount() {
      return requestCount;
    },
    call<T>(method: string, params: Record<string, unknown> = {}): T {
      const envelope = request(method, params) as { result: T };
      return envelope.result;
    },
    batch(commands, halt = false) {
      const names = Object.keys(commands);
      if (names.length > MAX_BATCH_COMMANDS) {
        throw new Bitrix24Error('batch', 'TOO_MANY_COMMANDS', `${names.length} > ${MAX_BATCH_COMMANDS}`, 0);
      }
      const cmd: Record<string, string> = {};
      for (const name of names) {
        const command = commands[name];
        if (command === undefined) continue;
        const query = command.params ? encodeQuery(command.params) : '';
        cmd[name] = query ? `${command.method}?${query}` : command.method;
      }
      const envelope = request('batch', { halt: halt ? 1 : 0, cmd }) as {
        result: { result?: unknown; result_error?: unknown; result_total?: unknown };
      };
      // PHP serialises an empty map as [], so each part may be an array or an object.
      return {
        result: asRecord(envelope.result.result) as Record<string, unknown>,
        errors: asRecord(envelope.result.result_error) as BatchResult['errors'],
        totals: asRecord(envelope.result.result_total) as Record<string, number>,
      };
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function errorOf(parsed: unknown): { error: string; error_description?: string } | undefined {
  if (parsed && typeof parsed === 'object' && 'error' in parsed) {
    const e = parsed as { error: unknown; error_description?: unknown };
    return { error: String(e.error), error_description: e.error_description ? String(e.error_description) : '' };
  }
  return undefined;
}

function asRecord(value: unknown): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return {};
}
