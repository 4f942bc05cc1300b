// Wires the emulator's parts together: CRM data, automation, outbound effects, rate limit, clock.
// Both the REST API and the control API work on one EmulatorCore.
import { randomBytes } from 'node:crypto';
import type { Bitrix24EmulatorOptions } from './options';
import { DealEffects, type PortalIdentity } from './outbound/dealEffects';
import { DEFAULT_LIMITS, LeakyBucket } from './rest/leakyBucket';
import type { RestApiDeps } from './rest/restApi';
import { formatBitrixDate } from './rest/timeBlock';
import { Automation } from './state/automation';
import { EmulatorClock } from './state/clock';
import { CrmStore } from './state/crmStore';
import { RequestLog } from './state/requestLog';

export interface EmulatorCore {
  store: CrmStore;
  automation: Automation;
  effects: DealEffects;
  requestLog: RequestLog;
  bucket: LeakyBucket;
  clock: EmulatorClock;
  utcOffsetMinutes: number;
  webhookUser: string;
  webhookCode: string;
  portal: PortalIdentity;
  nowIso(): string;
  restDeps(): RestApiDeps;
}

/** What the emulator starts from: a store made from the seed or restored from the state file. */
export interface InitialState {
  store: CrmStore;
  clockShiftMs: number;
}

export function createEmulatorCore(options: Bitrix24EmulatorOptions, initial: InitialState): EmulatorCore {
  const clock = new EmulatorClock(options.clock, initial.clockShiftMs);
  const utcOffsetMinutes = options.utcOffsetMinutes ?? 180;
  const automation = new Automation();
  automation.dropAllRobotCalls = options.dropRobotCalls === true;
  const portal: PortalIdentity = {
    domain: options.domain ?? '',
    memberId: options.memberId ?? 'b24e0000000000000000000000000001',
    applicationToken: options.applicationToken ?? randomBytes(16).toString('hex'),
    clientEndpoint: '',
    serverEndpoint: 'https://oauth.bitrix.info/rest/',
  };
  const effects = new DealEffects({
    automation,
    portal: () => portal,
    clock,
    utcOffsetMinutes,
    timeoutMs: options.outboundTimeoutMs ?? 30_000,
  });
  const limits = options.limits === false ? null : (options.limits ?? DEFAULT_LIMITS);
  const core: EmulatorCore = {
    store: initial.store,
    automation,
    effects,
    requestLog: new RequestLog(),
    bucket: new LeakyBucket(limits, () => clock.now()),
    clock,
    utcOffsetMinutes,
    webhookUser: options.webhookUser ?? '1',
    webhookCode: options.webhookCode,
    portal,
    nowIso: () => formatBitrixDate(clock.now(), utcOffsetMinutes),
    restDeps: () => ({
      store: core.store,
      requestLog: core.requestLog,
      bucket: core.bucket,
      clock,
      utcOffsetMinutes,
      webhookUser: core.webhookUser,
      webhookCode: core.webhookCode,
      dealUpdated: (dealId, stageEntered) => effects.schedule({ dealId, stageEntered, trigger: 'rest' }),
    }),
  };
  return core;
}
