import type { Effect, TransitionOutcome } from '../../shared/lifecycle';
import { type DealReturnProgress, MAX_DEAL_DOCUMENTS } from '../../shared/protocol';
import type { DocumentEntry, DocumentsTable } from '../registerIndex/documentsTable';
import type { RegistersDeps } from '../registerIndex/registersDeps';
import { dealPapersComplete, returnedNumbers, stillAwaitedNumbers } from './dealCompletion';
import type { CompletedDeal, DealNews, Notice } from './dealFollowUps';

export interface ScanNews {
  readonly news: DealNews;
  /** Each deal a return in the batch belongs to, as the registers now stand: the ack carries it to the kiosk. */
  readonly progress: readonly DealReturnProgress[];
}

/**
 * The timeline lines and notifications the transitions asked for (their `timeline_comment` and
 * `notify` effects; access policy effects need no work: sent and returned share printed's row),
 * the deals whose every awaited paper is now back, and where every deal with a return stands.
 */
export function dealNews(
  outcomes: readonly { entry: DocumentEntry; outcome: TransitionOutcome }[],
  documents: DocumentsTable,
  current: ReadonlyMap<string, DocumentEntry>,
  deps: RegistersDeps,
): ScanNews {
  const timeline = new Map<string, string[]>();
  const byRecipients = new Map<string, { to: readonly string[]; lines: string[] }>();
  /** Deal → its documents this batch registered as returned. */
  const returnedDeals = new Map<string, string[]>();
  for (const { entry, outcome } of outcomes) {
    const dealId = entry.row.dealId;
    if (outcome.audit.to === 'returned') returnedDeals.set(dealId, [...(returnedDeals.get(dealId) ?? []), entry.row.registryNumber]);
    for (const effect of outcome.effects) collectEffect(effect, dealId, timeline, byRecipients);
  }
  const notices: Notice[] = [...byRecipients.values()].map(({ to, lines }) => ({
    to,
    subject: `Docflow: подписанные экземпляры вернулись (${lines.length})`,
    message: lines.join('\n'),
  }));
  const completed: CompletedDeal[] = [];
  const progress: DealReturnProgress[] = [];
  if (returnedDeals.size > 0) {
    const deals = documents.byDeals([...returnedDeals.keys()]);
    for (const [dealId, entries] of deals.found) {
      // A deal with a broken row is neither reported complete nor moved: the kiosk falls back to its index.
      if (deals.broken.has(dealId)) continue;
      // The batch's own changes win over what the sheet said before the write.
      const rows = entries.map((entry) => current.get(entry.row.registryNumber)?.row ?? entry.row);
      const complete = dealPapersComplete(rows);
      if (complete) completed.push({ dealId, numbers: returnedNumbers(rows) });
      const returned = returnedDeals.get(dealId) ?? [];
      progress.push({ dealId, returned, awaiting: stillAwaitedNumbers(rows).slice(0, MAX_DEAL_DOCUMENTS), complete });
    }
  }
  if (completed.length > 0) deps.log.info('Deals with every signed copy back', { deals: completed.map((deal) => deal.dealId) });
  return { news: { timeline, notices, completed }, progress };
}

function collectEffect(effect: Effect, dealId: string, timeline: Map<string, string[]>, byRecipients: Map<string, { to: readonly string[]; lines: string[] }>): void {
  if (effect.type === 'timeline_comment') {
    timeline.set(dealId, [...(timeline.get(dealId) ?? []), effect.text]);
  } else if (effect.type === 'notify') {
    const key = [...effect.to].sort().join(',');
    const notice = byRecipients.get(key) ?? { to: effect.to, lines: [] };
    notice.lines.push(`${effect.subject}: ${effect.message}`);
    byRecipients.set(key, notice);
  }
}
