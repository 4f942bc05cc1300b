// What a deal change sends out:
//  - ONCRMDEALUPDATE to every registered handler, on every successful update, including the
//    product's own crm.deal.update (the echo the product must not loop on);
//  - the "Webhook" robots of a stage, when the deal enters that stage, whatever moved it.
// Body fields of an outgoing-webhook event: event, event_handler_id, data[FIELDS][ID], ts, auth
// (local-integrations/local-webhooks.md, "What the Handler Receives";
// api-reference/crm/deals/events/on-crm-deal-update.md; _includes/auth-params-in-events.md).
// A robot sends only `document_id` plus the portal's auth block, no token and no secret
// (CBPWebHookActivity queues `['document_id' => $this->GetDocumentId()]` with sendAuth = false);
// PHP's http_build_query writes the list with indexes: document_id[0]=crm&document_id[1]=
// CCrmDocumentDeal&document_id[2]=DEAL_<id>. The robot URL is called as configured, query kept.
// Order: handlers first, then robots, one after the other. Nothing is retried.
import { formatBitrixDate } from '../rest/timeBlock';
import { buildPhpQuery } from '../rest/phpQuery';
import type { Automation } from '../state/automation';
import type { EmulatorClock } from '../state/clock';
import { postForm } from './postForm';

export interface PortalIdentity {
  domain: string;
  memberId: string;
  applicationToken: string;
  /** `<baseUrl>/rest/` */
  clientEndpoint: string;
  serverEndpoint: string;
}

export interface OutboundCall {
  id: number;
  kind: 'event' | 'robot';
  /** ONCRMDEALUPDATE for events. */
  event?: string;
  handlerId?: number;
  robotId?: number;
  stage?: string;
  dealId: string;
  url: string;
  /** The form-encoded body that was (or, when dropped, would have been) sent. */
  body: string;
  /** HTTP status of the answer; 0 when there was none (refused, timed out, dropped). */
  status: number;
  response?: string;
  error?: string;
  dropped?: boolean;
  trigger: 'rest' | 'control';
  at: string;
}

export interface DealChange {
  dealId: string;
  /** The stage the deal entered, when the stage changed. */
  stageEntered: string | null;
  trigger: 'rest' | 'control';
}

export interface DealEffectsDeps {
  automation: Automation;
  portal: () => PortalIdentity;
  clock: EmulatorClock;
  utcOffsetMinutes: number;
  timeoutMs: number;
}

export class DealEffects {
  readonly calls: OutboundCall[] = [];
  private readonly pending = new Set<Promise<unknown>>();
  private readonly abort = new AbortController();
  private lastCallId = 0;

  constructor(private readonly deps: DealEffectsDeps) {}

  /** Queues the effects to run after the current REST answer, like the portal's event queue. */
  schedule(change: DealChange): void {
    const run = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.deliver(change));
    this.track(run);
  }

  /** Runs the effects now and resolves once every call has been answered (or has failed). */
  deliver(change: DealChange): Promise<OutboundCall[]> {
    return this.track(this.deliverAll(change));
  }

  /** Resolves when no delivery is in flight (including deliveries queued meanwhile). */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** Cancels deliveries in flight (on close). */
  stop(): void {
    this.abort.abort();
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    const done = (): void => {
      this.pending.delete(work);
    };
    work.then(done, done);
    return work;
  }

  private async deliverAll(change: DealChange): Promise<OutboundCall[]> {
    const out: OutboundCall[] = [];
    const { automation } = this.deps;
    for (const handler of automation.handlersFor('ONCRMDEALUPDATE')) {
      const body = buildPhpQuery({
        event: 'ONCRMDEALUPDATE',
        event_handler_id: handler.id,
        data: { FIELDS: { ID: change.dealId } },
        ts: Math.floor(this.deps.clock.now() / 1000),
        auth: this.eventAuth(),
      });
      out.push(await this.send({ kind: 'event', event: handler.event, handlerId: handler.id, url: handler.url, body }, change));
    }
    if (change.stageEntered !== null) {
      for (const robot of automation.robotsFor(change.stageEntered)) {
        const body = buildPhpQuery({ document_id: ['crm', 'CCrmDocumentDeal', `DEAL_${change.dealId}`], auth: this.robotAuth() });
        const drop = automation.dropAllRobotCalls || automation.dropNextRobotCalls > 0;
        if (drop && !automation.dropAllRobotCalls) automation.dropNextRobotCalls -= 1;
        out.push(await this.send({ kind: 'robot', robotId: robot.id, stage: robot.stage, url: robot.url, body }, change, drop));
      }
    }
    return out;
  }

  private eventAuth(): Record<string, string> {
    const p = this.deps.portal();
    return {
      domain: p.domain,
      client_endpoint: p.clientEndpoint,
      server_endpoint: p.serverEndpoint,
      member_id: p.memberId,
      application_token: p.applicationToken,
    };
  }

  private robotAuth(): Record<string, string> {
    const p = this.deps.portal();
    return { domain: p.domain, client_endpoint: p.clientEndpoint, server_endpoint: p.serverEndpoint, member_id: p.memberId };
  }

  private async send(
    call: Pick<OutboundCall, 'kind' | 'event' | 'handlerId' | 'robotId' | 'stage' | 'url' | 'body'>,
    change: DealChange,
    dropped = false,
  ): Promise<OutboundCall> {
    const record: OutboundCall = {
      id: ++this.lastCallId,
      ...call,
      dealId: change.dealId,
      status: 0,
      trigger: change.trigger,
      at: formatBitrixDate(this.deps.clock.now(), this.deps.utcOffsetMinutes),
    };
    if (dropped) {
      record.dropped = true;
      record.error = 'dropped by the emulator (drop-next-robot-call)';
    } else {
      const result = await postForm(call.url, call.body, this.deps.timeoutMs, this.abort.signal);
      record.status = result.status;
      if (result.response !== undefined) record.response = result.response;
      if (result.error !== undefined) record.error = result.error;
    }
    this.calls.push(record);
    return record;
  }
}
