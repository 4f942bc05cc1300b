import type { MailPort } from '../approval/mailPort';
import { notificationCommands } from '../approval/notificationCommands';
import { type BatchCommand, type Bitrix24Rest, MAX_BATCH_COMMANDS } from '../bitrix24/bitrixRest';
import { dealComment } from '../bitrix24/timelineCommands';
import type { LogPort } from '../platform/logPort';

/** One message to people: by e-mail and as a Bitrix24 notification. */
export interface Notice {
  readonly to: readonly string[];
  readonly subject: string;
  readonly message: string;
}

/** A deal whose every awaited signed copy is back. */
export interface CompletedDeal {
  readonly dealId: string;
  readonly numbers: readonly string[];
}

/** What the registers changed that Bitrix24 and people must hear about. */
export interface DealNews {
  /** Deal → timeline lines, in order (one comment per deal). */
  readonly timeline: ReadonlyMap<string, readonly string[]>;
  readonly notices: readonly Notice[];
  readonly completed: readonly CompletedDeal[];
}

export interface FollowUpDeps {
  readonly bitrix: Bitrix24Rest | null;
  readonly mail: MailPort;
  readonly log: LogPort;
}

export interface FollowUpReport {
  /** Deals whose comment or stage move did not get through (for the reconciliation pass). */
  readonly failedDeals: readonly string[];
  readonly moved: readonly { readonly dealId: string; readonly stage: string }[];
  /** Bitrix24 requests made. */
  readonly requests: number;
}

/** What completing a deal needs to know about it: its pipeline, where it stands, whether it is closed. */
export interface DealState {
  readonly categoryId: string;
  readonly stageId: string;
  readonly closed: boolean;
}

const NOTIFICATION_LIMIT = 1000;

/**
 * Tells Bitrix24 and people what happened to a deal's papers, in as few requests as the API
 * allows: the deals to complete are read in one batch (their pipeline decides the final stage,
 * Settings: stage.complete / stage.complete.pipelines), then every timeline comment, portal
 * notification and crm.deal.update goes in one more batch (50 commands per request). E-mail goes
 * through MailApp. Never throws: what failed is logged and returned.
 */
export function sendDealFollowUps(
  news: DealNews,
  deps: FollowUpDeps,
  finalStages: ReadonlyMap<string, string>,
  /** Deals already read (the reconciliation pass lists them): not read again. */
  known: ReadonlyMap<string, DealState> = new Map(),
): FollowUpReport {
  for (const notice of news.notices) {
    try {
      deps.mail.send({ to: notice.to, subject: notice.subject, body: notice.message });
    } catch (error) {
      deps.log.error('Notification e-mail not sent', { to: notice.to, error: String(error) });
    }
  }
  const deals = [...new Set([...news.timeline.keys(), ...news.completed.map((deal) => deal.dealId)])];
  if (deals.length === 0 && news.notices.length === 0) return { failedDeals: [], moved: [], requests: 0 };
  if (deps.bitrix === null) {
    deps.log.warn('Bitrix24 is not configured: deal timeline and stage moves skipped', { deals });
    return { failedDeals: [], moved: [], requests: 0 };
  }
  const bitrix = deps.bitrix;
  const before = bitrix.requestCount;
  const failed = new Set<string>();
  const states = new Map(known);
  const unread = news.completed.map((deal) => deal.dealId).filter((id) => !states.has(id));
  for (const [id, state] of readDealStates(bitrix, unread, failed, deps.log)) states.set(id, state);

  const commands: Record<string, BatchCommand> = {};
  const owners = new Map<string, string>();
  const moved: { dealId: string; stage: string }[] = [];
  const completions = new Map(news.completed.map((deal) => [deal.dealId, deal]));
  for (const dealId of deals) {
    const lines = [...(news.timeline.get(dealId) ?? [])];
    const completed = completions.get(dealId);
    const state = states.get(dealId);
    let move: string | undefined;
    if (completed !== undefined && state !== undefined) {
      const decision = completionStep(completed, state, finalStages);
      lines.push(decision.line);
      move = decision.moveTo;
    }
    if (lines.length > 0) {
      commands[`c${dealId}`] = dealComment(dealId, lines.join('\n'));
      owners.set(`c${dealId}`, dealId);
    }
    if (move !== undefined) {
      commands[`m${dealId}`] = { method: 'crm.deal.update', params: { id: dealId, fields: { STAGE_ID: move } } };
      owners.set(`m${dealId}`, dealId);
      moved.push({ dealId, stage: move });
    }
  }
  news.notices.forEach((notice, index) => {
    notice.to.forEach((email, person) => {
      Object.assign(commands, notificationCommands(`n${index}_${person}`, email, `${notice.subject}\n${notice.message}`.slice(0, NOTIFICATION_LIMIT)));
    });
  });
  runInBatches(bitrix, commands, owners, failed, deps.log);
  return {
    failedDeals: [...failed],
    moved: moved.filter((move) => !failed.has(move.dealId)),
    requests: bitrix.requestCount - before,
  };
}

function completionStep(deal: CompletedDeal, state: DealState, finalStages: ReadonlyMap<string, string>): { line: string; moveTo?: string } {
  const numbers = deal.numbers.join(', ');
  const final = finalStages.get(state.categoryId);
  const head = `Все подписанные экземпляры по сделке получены (${numbers}).`;
  if (final === undefined || final === '') {
    return { line: `${head} Финальная стадия воронки ${state.categoryId} не задана в настройках Docflow (stage.complete.pipelines): переведите сделку вручную.` };
  }
  if (state.stageId === final) return { line: head };
  if (state.closed) return { line: `${head} Сделка уже закрыта (стадия ${state.stageId}); Docflow её не переводит.` };
  return { line: `${head} Docflow переводит сделку на стадию ${final}.`, moveTo: final };
}

/** crm.deal.get for each deal, one batch per 50; a deal that cannot be read is marked failed. */
function readDealStates(bitrix: Bitrix24Rest, dealIds: readonly string[], failed: Set<string>, log: LogPort): Map<string, DealState> {
  const states = new Map<string, DealState>();
  for (let start = 0; start < dealIds.length; start += MAX_BATCH_COMMANDS) {
    const chunk = dealIds.slice(start, start + MAX_BATCH_COMMANDS);
    try {
      const answer = bitrix.batch(Object.fromEntries(chunk.map((id) => [`d${id}`, { method: 'crm.deal.get', params: { id } }])));
      for (const id of chunk) {
        const deal = answer.result[`d${id}`] as { CATEGORY_ID?: unknown; STAGE_ID?: unknown; CLOSED?: unknown } | undefined;
        if (deal === undefined || deal === null || typeof deal !== 'object') {
          log.error('Deal not read for completion', { dealId: id, error: answer.errors[`d${id}`] });
          failed.add(id);
          continue;
        }
        states.set(id, { categoryId: String(deal.CATEGORY_ID ?? '0'), stageId: String(deal.STAGE_ID ?? ''), closed: deal.CLOSED === 'Y' });
      }
    } catch (error) {
      log.error('Deals not read for completion', { deals: chunk, error: String(error) });
      for (const id of chunk) failed.add(id);
    }
  }
  return states;
}

function runInBatches(bitrix: Bitrix24Rest, commands: Record<string, BatchCommand>, owners: ReadonlyMap<string, string>, failed: Set<string>, log: LogPort): void {
  const keys = Object.keys(commands);
  for (let start = 0; start < keys.length; start += MAX_BATCH_COMMANDS) {
    const chunk = keys.slice(start, start + MAX_BATCH_COMMANDS);
    try {
      const answer = bitrix.batch(Object.fromEntries(chunk.map((key) => [key, commands[key] as BatchCommand])));
      for (const [key, error] of Object.entries(answer.errors)) {
        const dealId = owners.get(key);
        if (dealId !== undefined) failed.add(dealId);
        log.warn('Bitrix24 refused a command', { key, error });
      }
    } catch (error) {
      log.error('Bitrix24 batch failed', { error: String(error) });
      for (const key of chunk) {
        const dealId = owners.get(key);
        if (dealId !== undefined) failed.add(dealId);
      }
    }
  }
}
