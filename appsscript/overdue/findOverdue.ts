import { DOCUMENT_KIND_INFO, type DocumentKind } from '../../shared/kinds/documentKinds';
import type { DocumentRow } from '../../shared/registers';
import { parseIsoTimestamp } from '../../shared/text/isoTimestamp';

export interface OverdueDocument {
  readonly row: DocumentRow;
  /** Whole days since the document was sent. */
  readonly days: number;
  /** The kind's return period from Settings. */
  readonly limit: number;
  /** Past the escalation period: the director hears about it too. */
  readonly escalated: boolean;
}

export interface OverdueRules {
  readonly overdueDays: { readonly [K in DocumentKind]: number };
  readonly escalateDays: number;
}

const DAY_MS = 86_400_000;

/**
 * Documents sent and not back: status `sent`, a kind whose signed copy returns, and at least the
 * kind's period (Settings overdue.days[.kind]) since it was sent (`statusSince`, the moment the
 * mail desk registered it). Escalated from the escalation period on. Longest first.
 */
export function findOverdue(rows: readonly DocumentRow[], rules: OverdueRules, now: Date): OverdueDocument[] {
  const overdue: OverdueDocument[] = [];
  for (const row of rows) {
    if (row.status !== 'sent' || !DOCUMENT_KIND_INFO[row.kind].signedCopyReturns) continue;
    const since = parseIsoTimestamp(row.statusSince);
    if (since === undefined) continue;
    const days = Math.floor((now.getTime() - since) / DAY_MS);
    const limit = rules.overdueDays[row.kind];
    if (days < limit) continue;
    overdue.push({ row, days, limit, escalated: days >= rules.escalateDays });
  }
  return overdue.sort((a, b) => b.days - a.days || a.row.registryNumber.localeCompare(b.row.registryNumber));
}
