// The control API on the emulator's base URL (documented in docs/bitrix24-emulator.md, "Control
// API"). It stands in for what people do in the portal's UI: load data, move a deal between
// stages, configure outgoing webhooks and robots; and it lets tests inspect and steer the
// emulator (state, clock, rate limit, dropped robot calls). Answers are JSON; errors are
// `{ error, error_description }` with 400 or 404.
import type { EmulatorCore } from '../core';
import type { OutboundCall } from '../outbound/dealEffects';
import { methodNames } from '../rest/methodRegistry';
import { RestError } from '../rest/restError';
import { checkSeed } from '../seed/validateSeed';
import { stageEntityId } from '../seed/seedTypes';
import type { Automation, HandlerInit, RobotInit } from '../state/automation';
import { updateDeal } from '../state/updateDeal';

export interface ControlAnswer {
  status: number;
  body: unknown;
}

const bad = (description: string, extra: Record<string, unknown> = {}): ControlAnswer => ({
  status: 400,
  body: { error: 'BAD_REQUEST', error_description: description, ...extra },
});
const notFound = (description: string): ControlAnswer => ({ status: 404, body: { error: 'NOT_FOUND', error_description: description } });
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `path` is what follows `/_emulator/`. */
export async function answerControl(method: string, path: string, body: unknown, core: EmulatorCore): Promise<ControlAnswer> {
  const route = `${method} ${path.replace(/\/+$/, '')}`;
  const dealRoute = /^POST deals\/(\d+)\/(stage|fields)$/.exec(route);
  if (dealRoute !== null) return moveOrEditDeal(dealRoute[1] ?? '', dealRoute[2] === 'stage', body, core);

  switch (route) {
    case 'GET state':
      return { status: 200, body: snapshot(core) };
    case 'GET methods':
      return { status: 200, body: { methods: methodNames() } };
    case 'POST seed': {
      const checked = checkSeed(body, core.nowIso());
      if (checked.seed === null) return bad('invalid seed', { problems: checked.problems });
      core.store.replace(checked.seed);
      core.requestLog.reset();
      core.effects.calls.length = 0;
      core.bucket.configure(core.bucket.current().settings);
      return { status: 200, body: { ok: true, counts: counts(core) } };
    }
    case 'GET handlers':
      return { status: 200, body: { handlers: core.automation.handlers } };
    case 'POST handlers':
      return addAll(body, (init) => core.automation.addHandler(init as unknown as HandlerInit), 'handlers');
    case 'DELETE handlers':
      core.automation.handlers = [];
      return { status: 200, body: { handlers: [] } };
    case 'GET robots':
      return { status: 200, body: { robots: core.automation.robots } };
    case 'POST robots':
      return addAll(body, (init) => core.automation.addRobot(init as unknown as RobotInit), 'robots');
    case 'DELETE robots':
      core.automation.robots = [];
      return { status: 200, body: { robots: [] } };
    case 'POST drop-next-robot-call': {
      const count = isObject(body) && body['count'] !== undefined ? Number(body['count']) : 1;
      if (!Number.isInteger(count) || count < 0) return bad('"count" must be a non-negative integer');
      core.automation.dropNextRobotCalls += count;
      return { status: 200, body: dropState(core.automation) };
    }
    case 'POST drop-robot-calls': {
      if (!isObject(body) || typeof body['enabled'] !== 'boolean') return bad('body must be { "enabled": true | false }');
      core.automation.dropAllRobotCalls = body['enabled'];
      if (!body['enabled']) core.automation.dropNextRobotCalls = 0;
      return { status: 200, body: dropState(core.automation) };
    }
    case 'POST limits':
      return configureLimits(body, core);
    case 'POST clock': {
      const advance = isObject(body) ? Number(body['advanceMs']) : NaN;
      if (!Number.isFinite(advance) || advance < 0) return bad('body must be { "advanceMs": <non-negative number> }');
      core.clock.advance(advance);
      return { status: 200, body: { now: core.nowIso(), nowMs: core.clock.now() } };
    }
    case 'POST requests/reset':
      core.requestLog.reset();
      return { status: 200, body: { requests: core.requestLog.snapshot() } };
    case 'POST wait-idle':
      await core.effects.idle();
      return { status: 200, body: { outbound: core.effects.calls } };
    default:
      return notFound(`no control endpoint ${method} /_emulator/${path}`);
  }
}

async function moveOrEditDeal(dealId: string, isStageMove: boolean, body: unknown, core: EmulatorCore): Promise<ControlAnswer> {
  const deal = core.store.deal(dealId);
  if (deal === undefined) return notFound(`deal ${dealId} does not exist`);
  let fields: Record<string, unknown>;
  if (isStageMove) {
    if (!isObject(body) || typeof body['stage'] !== 'string') return bad('body must be { "stage": "<STAGE_ID>" }');
    const stage = body['stage'];
    const known = core.store.data.stages.some((s) => s.ENTITY_ID === stageEntityId(deal.CATEGORY_ID) && s.STATUS_ID === stage);
    if (!known) return bad(`stage "${stage}" is not a stage of ${stageEntityId(deal.CATEGORY_ID)}`);
    // Re-selecting the current stage changes nothing, so nothing is sent.
    if (stage === deal.STAGE_ID) return { status: 200, body: { deal, calls: [] } };
    fields = { STAGE_ID: stage };
  } else {
    if (!isObject(body) || !isObject(body['fields'])) return bad('body must be { "fields": { … } }');
    fields = body['fields'];
  }
  // As a user would: the deal's responsible person makes the change in the UI.
  const outcome = updateDeal(core.store, dealId, fields, deal.ASSIGNED_BY_ID, core.nowIso());
  if (outcome instanceof RestError) return bad(outcome.description);
  const calls: OutboundCall[] = await core.effects.deliver({ dealId, stageEntered: outcome.stageEntered, trigger: 'control' });
  return { status: 200, body: { deal: outcome.deal, calls } };
}

function addAll(body: unknown, add: (init: Record<string, unknown>) => unknown, key: string): ControlAnswer {
  const items = Array.isArray(body) ? body : [body];
  if (!items.every(isObject)) return bad(`body must be an object or a list of objects`);
  const added: unknown[] = [];
  for (const item of items) {
    const outcome = add(item);
    if (typeof outcome === 'string') return bad(outcome, { added });
    added.push(outcome);
  }
  return { status: 200, body: { [key]: added } };
}

function configureLimits(body: unknown, core: EmulatorCore): ControlAnswer {
  if (body === false || (isObject(body) && body['enabled'] === false)) {
    core.bucket.configure(null);
    return { status: 200, body: { limits: core.bucket.current() } };
  }
  if (!isObject(body)) return bad('body must be { "burst": n, "drainPerSecond": n } or { "enabled": false }');
  const burst = Number(body['burst']);
  const drainPerSecond = Number(body['drainPerSecond']);
  if (!(burst >= 1) || !(drainPerSecond >= 0)) return bad('"burst" must be ≥ 1 and "drainPerSecond" ≥ 0');
  core.bucket.configure({ burst, drainPerSecond });
  return { status: 200, body: { limits: core.bucket.current() } };
}

function dropState(automation: Automation): Record<string, unknown> {
  return { dropNextRobotCalls: automation.dropNextRobotCalls, dropAllRobotCalls: automation.dropAllRobotCalls };
}

function counts(core: EmulatorCore): Record<string, number> {
  return Object.fromEntries(Object.entries(core.store.data).map(([name, list]) => [name, (list as unknown[]).length]));
}

function snapshot(core: EmulatorCore): Record<string, unknown> {
  return {
    now: core.nowIso(),
    portal: core.portal,
    deals: core.store.data.deals,
    companies: core.store.data.companies,
    stages: core.store.data.stages,
    timeline: core.store.timeline,
    notifications: core.store.notifications,
    requests: core.requestLog.snapshot(),
    outbound: core.effects.calls,
    handlers: core.automation.handlers,
    robots: core.automation.robots,
    ...dropState(core.automation),
    limits: core.bucket.current(),
    counts: counts(core),
  };
}
