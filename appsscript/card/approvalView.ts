import {
  APPROVAL_ROLE_TITLES,
  currentStepIndex,
  peopleHoldingRole,
  type RoleAssignments,
  routeForKind,
  whoMustActNext,
} from '../../shared/approval';
import type { LifecycleDocument } from '../../shared/lifecycle';
import type { CardApproval, CardApprovalStep, CardNextApprover, CardRejection } from './cardTypes';

export interface ApprovalView {
  readonly approval: CardApproval | null;
  readonly nextApprover: CardNextApprover | null;
  readonly lastRejection: CardRejection | null;
}

/**
 * The approval route as the card shows it: before the first submission, the route the kind will
 * take and who holds each role; from then on, the latest round with its decisions and the step
 * waiting now. "Who must approve next" is named only while the document is on internal approval.
 */
export function approvalView(document: LifecycleDocument, roles: RoleAssignments): ApprovalView {
  const lastRejection = rejectionOf(document);
  const route = routeForKind(document.kind);
  if (route.length === 0) return { approval: null, nextApprover: null, lastRejection };
  const people = (role: (typeof route)[number]): readonly string[] => peopleHoldingRole(role, document.manager, roles);
  const progress = document.approval;
  if (progress === undefined) {
    const steps = route.map((role): CardApprovalStep => ({ role, roleTitle: APPROVAL_ROLE_TITLES[role], people: people(role), state: 'planned', decision: null }));
    return { approval: { round: 0, steps }, nextApprover: null, lastRejection };
  }
  const onApproval = document.status === 'internal_approval';
  const current = onApproval ? currentStepIndex(progress) : -1;
  const steps = progress.steps.map((step, index): CardApprovalStep => {
    const decision = step.decision === undefined ? null : { outcome: step.decision.outcome, by: step.decision.by, at: step.decision.at, comment: step.decision.comment };
    const state = decision !== null ? decision.outcome : index === current ? 'current' : 'planned';
    return { role: step.role, roleTitle: APPROVAL_ROLE_TITLES[step.role], people: people(step.role), state, decision };
  });
  const turn = onApproval ? whoMustActNext(progress, { manager: document.manager, roles }) : undefined;
  const nextApprover = turn === undefined ? null : { role: turn.role, roleTitle: APPROVAL_ROLE_TITLES[turn.role], people: turn.people };
  return { approval: { round: progress.round, steps }, nextApprover, lastRejection };
}

function rejectionOf(document: LifecycleDocument): CardRejection | null {
  const rejection = document.lastRejection;
  if (rejection === undefined) return null;
  return { roleTitle: APPROVAL_ROLE_TITLES[rejection.role], by: rejection.by, at: rejection.at, comment: rejection.comment };
}
