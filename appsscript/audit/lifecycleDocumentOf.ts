import { type ApprovalProgress, type ApprovalStep, routeForKind, routeKeyForKind } from '../../shared/approval';
import type { LifecycleDocument, RejectionNote } from '../../shared/lifecycle';
import { formatDocumentTitle, parseRegistryNumber } from '../../shared/numbers';
import type { ApprovalRow, DocumentRow } from '../../shared/registers';
import type { AuditRow } from './auditRegister';

/** The history the registers keep for one document. */
export interface DocumentHistory {
  /** Approvals register rows of this document, in sheet order. */
  readonly approvals: readonly ApprovalRow[];
  /** Audit rows of this document, in sheet order. */
  readonly audit: readonly AuditRow[];
}

/**
 * The lifecycle state of a registered document, rebuilt from the registers: status and times
 * from its Documents row; the approval round from the audit (each send_for_signing that entered
 * internal approval opened one) with that round's decisions from the Approvals sheet; the last
 * rejection from the Approvals sheet. `owner` is the account the documents belong to (the
 * script's effective user); its permission is never touched.
 */
export function lifecycleDocumentOf(row: DocumentRow, history: DocumentHistory, owner: string): LifecycleDocument {
  const approval = approvalProgress(row, history);
  const lastRejection = lastRejectionOf(history.approvals);
  const annulled = row.status === 'annulled' ? history.audit.filter((entry) => entry.event === 'annul').pop() : undefined;
  return {
    id: row.driveFileId ?? '',
    registryNumber: row.registryNumber,
    kind: row.kind,
    title: titleOf(row),
    status: row.status,
    statusSince: row.statusSince,
    owner,
    manager: row.manager,
    ...(approval === undefined ? {} : { approval }),
    ...(lastRejection === undefined ? {} : { lastRejection }),
    ...(annulled === undefined
      ? {}
      : { annulment: { reason: row.annulledReason ?? annulled.reason, by: annulled.actor, at: annulled.at, replaced: row.replacementNumber !== null } }),
  };
}

/** "Договор № C-2026-00042 — ООО «Ромашка»": the document's name as people see it. */
export function titleOf(row: DocumentRow): string {
  const identity = parseRegistryNumber(row.registryNumber);
  const title = identity.status === 'success' ? formatDocumentTitle(identity.response) : row.registryNumber;
  return row.clientName.trim() === '' ? title : `${title} — ${row.clientName}`;
}

function approvalProgress(row: DocumentRow, history: DocumentHistory): ApprovalProgress | undefined {
  const round = history.audit.filter((entry) => entry.event === 'send_for_signing' && entry.to === 'internal_approval').length;
  if (round === 0) return undefined;
  const steps: ApprovalStep[] = routeForKind(row.kind).map((role, index) => {
    const decided = history.approvals.find((decision) => decision.round === round && decision.step === index + 1);
    if (decided === undefined) return { role };
    return { role, decision: { outcome: decided.decision, by: decided.approver, at: decided.decidedAt, comment: decided.comment ?? '' } };
  });
  return { route: routeKeyForKind(row.kind), round, steps };
}

function lastRejectionOf(approvals: readonly ApprovalRow[]): RejectionNote | undefined {
  const rejected = approvals.filter((decision) => decision.decision === 'rejected').pop();
  if (rejected === undefined) return undefined;
  return { role: rejected.role, by: rejected.approver, at: rejected.decidedAt, comment: rejected.comment ?? '' };
}
