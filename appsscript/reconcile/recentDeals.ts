import { type BatchCommand, type Bitrix24Rest, MAX_BATCH_COMMANDS } from '../bitrix24/bitrixRest';
import type { DealState } from '../correspondence/dealFollowUps';

/** The few fields reconciliation needs of a deal. */
export interface DealSnapshot extends DealState {
  readonly dealId: string;
}

const SELECT = ['ID', 'STAGE_ID', 'CATEGORY_ID', 'CLOSED'];
const PAGE = 50;

/**
 * Deals changed after `since` (crm.deal.list, filter `>DATE_MODIFY`, minimal select) plus the
 * deals named in `alsoIds` (the follow-up queue), ordered by ID. Pages of 50: the first request
 * says how many there are, the rest come in batches of up to 50 pages per request.
 * bitrix24/b24restdocs api-reference/crm/deals/crm-deal-list.md, api-reference/how-to-call-rest-api/batch.md.
 */
export function recentDeals(bitrix: Bitrix24Rest, since: string, alsoIds: readonly string[]): Map<string, DealSnapshot> {
  const deals = new Map<string, DealSnapshot>();
  const commands: Record<string, BatchCommand> = {
    changed: { method: 'crm.deal.list', params: { order: { ID: 'ASC' }, filter: { '>DATE_MODIFY': since }, select: SELECT, start: 0 } },
  };
  for (let i = 0; i < alsoIds.length; i += PAGE) {
    commands[`queued${i / PAGE}`] = { method: 'crm.deal.list', params: { order: { ID: 'ASC' }, filter: { '@ID': alsoIds.slice(i, i + PAGE) }, select: SELECT, start: 0 } };
  }
  const first = bitrix.batch(commands);
  for (const value of Object.values(first.result)) collect(value, deals);
  const total = Number(first.totals['changed'] ?? 0);
  const pages: BatchCommand[] = [];
  for (let start = PAGE; start < total; start += PAGE) {
    pages.push({ method: 'crm.deal.list', params: { order: { ID: 'ASC' }, filter: { '>DATE_MODIFY': since }, select: SELECT, start } });
  }
  for (let i = 0; i < pages.length; i += MAX_BATCH_COMMANDS) {
    const chunk = pages.slice(i, i + MAX_BATCH_COMMANDS);
    const answer = bitrix.batch(Object.fromEntries(chunk.map((command, index) => [`p${i + index}`, command])));
    for (const value of Object.values(answer.result)) collect(value, deals);
  }
  return deals;
}

function collect(value: unknown, into: Map<string, DealSnapshot>): void {
  if (!Array.isArray(value)) return;
  for (const deal of value as { ID?: unknown; STAGE_ID?: unknown; CATEGORY_ID?: unknown; CLOSED?: unknown }[]) {
    if (deal.ID === undefined || deal.ID === null) continue;
    const dealId = String(deal.ID);
    into.set(dealId, { dealId, stageId: String(deal.STAGE_ID ?? ''), categoryId: String(deal.CATEGORY_ID ?? '0'), closed: deal.CLOSED === 'Y' });
  }
}
