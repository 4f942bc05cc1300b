import type { Effect, TransitionOutcome } from '../../shared/lifecycle';
import type { DocumentEntry, DocumentsTable } from '../registerIndex/documentsTable';
import type { RegistersDeps } from '../registerIndex/registersDeps';
import { dealPapersComplete, returnedNumbers } from './dealCompletion';
import type { CompletedDeal, DealNews, Notice } from './dealFollowUps';

/**
 * The timeline lines and notifications the transitions asked for (their `timeline_comment` and
 * `notify` effects; access policy effects need no work: sent and returned share printed's row),
 * and the deals whose every awaited paper is now back.
 */
export function dealNews(
  outcomes: readonly { entry: DocumentEntry; outcome: TransitionOutcome }[],
  documents: DocumentsTable,
  current: ReadonlyMap<string, DocumentEntry>,
  deps: RegistersDeps,
): DealNews {
  const timeline = new Map<string, string[]>();
  const byRecipients = new Map<string, { to: readonly string[]; lines: string[] }>();
  const returnedDeals = new Set<string>();
  for (const { entry, outcome } of outcomes) {
    const dealId = entry.row.dealId;
    if (outcome.audit.to === 'returned') returnedDeals.add(dealId);
    for (const effect of outcome.effects) collectEffect(effect, dealId, timeline, byRecipients);
  }
  const notices: Notice[] = [...byRecipients.values()].map(({ to, lines }) => ({
    to,
    subject: `Docflow: подписанные экземпляры вернулись (${lines.length})`,
    message: lines.join('\n'),
  }));
  const completed: CompletedDeal[] = [];
  if (returnedDeals.size > 0) {
    const deals = documents.byDeals([...returnedDeals]);
    for (const [dealId, entries] of deals.found) {
      if (deals.broken.has(dealId)) continue;
      // The batch's own changes win over what the sheet said before the write.
      const rows = entries.map((entry) => current.get(entry.row.registryNumber)?.row ?? entry.row);
      if (dealPapersComplete(rows)) completed.push({ dealId, numbers: returnedNumbers(rows) });
    }
  }
  if (completed.length > 0) deps.log.info('Deals with every signed copy back', { deals: completed.map((deal) => deal.dealId) });
  return { timeline, notices, completed };
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
