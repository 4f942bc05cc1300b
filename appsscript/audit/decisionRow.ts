import type { LifecycleDocument, LifecycleEvent } from '../../shared/lifecycle';
import type { ApprovalRow } from '../../shared/registers';

/**
 * The Approvals register row of an approve/reject transition: the step whose decision the
 * transition recorded (undecided before, decided after). Null for any other event.
 */
export function decisionRow(before: LifecycleDocument, after: LifecycleDocument, event: LifecycleEvent): ApprovalRow | null {
  if (event.type !== 'approve_step' && event.type !== 'reject_step') return null;
  const steps = after.approval?.steps ?? [];
  const index = steps.findIndex((step, i) => step.decision !== undefined && before.approval?.steps[i]?.decision === undefined);
  const step = steps[index];
  if (step?.decision === undefined || after.approval === undefined) return null;
  return {
    documentNumber: before.registryNumber,
    round: after.approval.round,
    step: index + 1,
    role: step.role,
    approver: step.decision.by,
    decision: step.decision.outcome,
    comment: step.decision.comment === '' ? null : step.decision.comment,
    decidedAt: step.decision.at,
  };
}
