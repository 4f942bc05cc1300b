// Answers /rest/<user>/<code>/<method>[.json]: authenticates the incoming webhook, applies the
// rate limit, runs the method (or batch) and wraps the outcome in the REST envelope:
//   success  { result, total?, next?, time }  HTTP 200
//   failure  { error, error_description }     HTTP status of the error
// Webhook URL structure: local-integrations/local-webhooks.md, "Webhook URL Structure"; envelope
// and list keys: settings/how-to-call-rest-api/list-methods-pecularities.md; system errors:
// _includes/system-errors.md (bitrix24/b24restdocs). Authentication comes before the rate limit,
// the rate limit before the method lookup, so an unknown method still counts as a request.
import type { CrmStore } from '../state/crmStore';
import type { EmulatorClock } from '../state/clock';
import type { RequestLog } from '../state/requestLog';
import { runBatch } from './batch';
import type { LeakyBucket } from './leakyBucket';
import { findMethod } from './methodRegistry';
import type { MethodContext, MethodOutput } from './methodTypes';
import type { RestParams } from './params';
import { RestError, systemErrors } from './restError';
import { formatBitrixDate, timeBlock, type TimeBlock } from './timeBlock';

export interface RestApiDeps {
  store: CrmStore;
  requestLog: RequestLog;
  bucket: LeakyBucket;
  clock: EmulatorClock;
  utcOffsetMinutes: number;
  webhookUser: string;
  webhookCode: string;
  /** Called after a deal update succeeded; the caller schedules the outbound effects. */
  dealUpdated(dealId: string, stageEntered: string | null): void;
}

export interface RestAnswer {
  status: number;
  body: unknown;
}

/** `path` is what follows `/rest/`, e.g. `1/abc123/crm.deal.get.json`. */
export function answerRest(path: string, params: RestParams, deps: RestApiDeps): RestAnswer {
  const startMs = deps.clock.now();
  const segments = path.split('/').filter((s) => s !== '');
  const method = methodName(segments[segments.length - 1] ?? '');
  const fail = (error: RestError): RestAnswer => {
    deps.requestLog.request({ at: formatBitrixDate(startMs, deps.utcOffsetMinutes), method, status: error.status });
    return { status: error.status, body: error.toBody() };
  };
  // `/rest/<method>` carries no webhook code (an OAuth call would pass `auth`, not emulated).
  if (segments.length < 3) return fail(systemErrors.noAuthFound());
  if (segments.length > 3 || segments[0] !== deps.webhookUser || segments[1] !== deps.webhookCode) return fail(systemErrors.invalidCredentials());
  if (!deps.bucket.tryTake()) return fail(systemErrors.queryLimitExceeded());

  const context: MethodContext = {
    store: deps.store,
    userId: deps.webhookUser,
    nowIso: () => formatBitrixDate(deps.clock.now(), deps.utcOffsetMinutes),
    dealUpdated: (dealId, stageEntered) => deps.dealUpdated(dealId, stageEntered),
  };
  const run = (name: string, input: RestParams, batchCommand?: string): { output: MethodOutput; time: TimeBlock } | { error: RestError } => {
    const began = deps.clock.now();
    const implementation = findMethod(name);
    if (implementation === undefined) return { error: systemErrors.methodNotFound() };
    try {
      const output = implementation(input, context);
      const entry = { at: formatBitrixDate(began, deps.utcOffsetMinutes), method: name, status: 200 };
      deps.requestLog.methodCall(batchCommand === undefined ? entry : { ...entry, batchCommand });
      return { output, time: timeBlock(began, deps.clock.now(), deps.utcOffsetMinutes) };
    } catch (err) {
      if (err instanceof RestError) return { error: err };
      return { error: new RestError(500, 'INTERNAL_SERVER_ERROR', (err as Error).message) };
    }
  };

  let outcome: { output: MethodOutput } | { error: RestError };
  if (method === 'batch') {
    deps.requestLog.methodCall({ at: formatBitrixDate(startMs, deps.utcOffsetMinutes), method, status: 200 });
    outcome = { output: runBatch(params, (name, input, key) => run(name, input, key)) };
  } else {
    outcome = run(method, params);
  }
  if ('error' in outcome) return fail(outcome.error);
  deps.requestLog.request({ at: formatBitrixDate(startMs, deps.utcOffsetMinutes), method, status: 200 });
  const { result, total, next } = outcome.output;
  const body: Record<string, unknown> = { result };
  if (next !== undefined) body['next'] = next;
  if (total !== undefined) body['total'] = total;
  body['time'] = timeBlock(startMs, deps.clock.now(), deps.utcOffsetMinutes);
  return { status: 200, body };
}

/** Method names are case-insensitive; `.json` selects the default format and is dropped. */
function methodName(segment: string): string {
  let name = segment;
  try {
    name = decodeURIComponent(segment);
  } catch {
    // keep the raw segment
  }
  return name.replace(/\.json$/i, '').toLowerCase();
}
