import type { RoleAssignments } from '../../shared/approval';
import { DOCUMENT_KINDS, type DocumentKind } from '../../shared/kinds/documentKinds';
import { LIFECYCLE_STATUSES, type LifecycleStatus } from '../../shared/lifecycle';
import type { ApprovalRow, CorrespondenceRow, DocumentRow } from '../../shared/registers';
import { parseIsoTimestamp } from '../../shared/text/isoTimestamp';
import { findOverdue, type OverdueDocument, type OverdueRules } from '../overdue/findOverdue';
import { approvalQueues, type ApproverQueue } from './approvalQueue';

export interface MonthVolume {
  /** yyyy-MM in the script's time zone. */
  readonly month: string;
  readonly outgoing: number;
  readonly incoming: number;
}

export interface StageTime {
  readonly stage: 'generated_to_sent' | 'sent_to_returned';
  /** Mean in days, or null when no document has passed the stage yet. */
  readonly averageDays: number | null;
  readonly documents: number;
}

export interface DashboardFigures {
  /** kind → status → count, over every document in the register. */
  readonly counts: { readonly [K in DocumentKind]: { readonly [S in LifecycleStatus]: number } };
  readonly totalsByStatus: { readonly [S in LifecycleStatus]: number };
  readonly total: number;
  readonly approvers: readonly ApproverQueue[];
  readonly overdue: readonly OverdueDocument[];
  readonly months: readonly MonthVolume[];
  readonly stageTimes: readonly StageTime[];
}

export interface FigureInput {
  readonly documents: readonly DocumentRow[];
  readonly correspondence: readonly CorrespondenceRow[];
  readonly approvals: readonly ApprovalRow[];
  readonly roles: RoleAssignments;
  readonly overdueRules: OverdueRules;
  readonly monthsShown: number;
  readonly now: Date;
  /** yyyy-MM of an instant in the script's time zone. */
  readonly monthOf: (instant: Date) => string;
}

const DAY_MS = 86_400_000;

/** Everything the dashboard shows, computed from the registers' rows alone (pure). */
export function dashboardFigures(input: FigureInput): DashboardFigures {
  const counts = Object.fromEntries(DOCUMENT_KINDS.map((kind) => [kind, zeroByStatus()])) as { [K in DocumentKind]: { [S in LifecycleStatus]: number } };
  const totalsByStatus = zeroByStatus();
  for (const document of input.documents) {
    counts[document.kind][document.status] += 1;
    totalsByStatus[document.status] += 1;
  }
  return {
    counts,
    totalsByStatus,
    total: input.documents.length,
    approvers: approvalQueues(input.documents, input.approvals, input.roles),
    overdue: findOverdue(input.documents, input.overdueRules, input.now),
    months: monthlyVolumes(input.correspondence, input.monthsShown, input.now, input.monthOf),
    stageTimes: stageTimes(input.documents, input.correspondence),
  };
}

function zeroByStatus(): { [S in LifecycleStatus]: number } {
  return Object.fromEntries(LIFECYCLE_STATUSES.map((status) => [status, 0])) as { [S in LifecycleStatus]: number };
}

/** Scans per calendar month (by when they were scanned), the last `shown` months up to now, empty months included. */
export function monthlyVolumes(rows: readonly CorrespondenceRow[], shown: number, now: Date, monthOf: (instant: Date) => string): MonthVolume[] {
  const current = monthOf(now);
  const months: string[] = [];
  let [year, month] = current.split('-').map(Number) as [number, number];
  for (let i = 0; i < shown; i += 1) {
    months.unshift(`${year}-${String(month).padStart(2, '0')}`);
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  const volumes = new Map(months.map((m) => [m, { outgoing: 0, incoming: 0 }]));
  for (const row of rows) {
    const at = parseIsoTimestamp(row.scannedAt);
    if (at === undefined) continue;
    const volume = volumes.get(monthOf(new Date(at)));
    if (volume !== undefined) volume[row.direction] += 1;
  }
  return months.map((m) => ({ month: m, ...(volumes.get(m) ?? { outgoing: 0, incoming: 0 }) }));
}

/**
 * Mean days from generation (createdAt) to the first outgoing scan, and from the first outgoing
 * to the first incoming scan, over the documents that passed each stage.
 */
export function stageTimes(documents: readonly DocumentRow[], correspondence: readonly CorrespondenceRow[]): StageTime[] {
  const first = (direction: CorrespondenceRow['direction']): Map<string, number> => {
    const times = new Map<string, number>();
    for (const row of correspondence) {
      if (row.direction !== direction) continue;
      const at = parseIsoTimestamp(row.scannedAt);
      if (at === undefined) continue;
      const known = times.get(row.documentNumber);
      if (known === undefined || at < known) times.set(row.documentNumber, at);
    }
    return times;
  };
  const sent = first('outgoing');
  const returned = first('incoming');
  const generatedToSent: number[] = [];
  const sentToReturned: number[] = [];
  for (const document of documents) {
    const created = parseIsoTimestamp(document.createdAt);
    const out = sent.get(document.registryNumber);
    const back = returned.get(document.registryNumber);
    if (created !== undefined && out !== undefined) generatedToSent.push(out - created);
    if (out !== undefined && back !== undefined) sentToReturned.push(back - out);
  }
  return [
    { stage: 'generated_to_sent', ...mean(generatedToSent) },
    { stage: 'sent_to_returned', ...mean(sentToReturned) },
  ];
}

function mean(durations: readonly number[]): { averageDays: number | null; documents: number } {
  if (durations.length === 0) return { averageDays: null, documents: 0 };
  const days = durations.reduce((sum, value) => sum + value, 0) / durations.length / DAY_MS;
  return { averageDays: Math.round(days * 10) / 10, documents: durations.length };
}
