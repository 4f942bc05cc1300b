import type { ApprovalRouteKey } from '../kinds/documentKinds';
import type { ApprovalRole, RoleAssignments } from './roles';
import { APPROVAL_ROUTES } from './routes';

export type DecisionOutcome = 'approved' | 'rejected';

export interface ApprovalDecision {
  readonly outcome: DecisionOutcome;
  /** Normalised e-mail of the person who decided. */
  readonly by: string;
  /** ISO 8601 time of the decision. */
  readonly at: string;
  /** Free text; required for a rejection (it goes back to the manager and the client). */
  readonly comment: string;
}

export interface ApprovalStep {
  readonly role: ApprovalRole;
  readonly decision?: ApprovalDecision;
}

/**
 * Where a document is on its route. Kept inside the lifecycle document state so that
 * `transition` decides approvals. A new round starts each time the document is sent for
 * signing again (after a rejection or a withdrawal): earlier decisions stay in the audit log.
 */
export interface ApprovalProgress {
  readonly route: ApprovalRouteKey;
  /** 1 for the first submission, +1 for each resubmission. */
  readonly round: number;
  readonly steps: readonly ApprovalStep[];
}

export type ApprovalState = 'in_progress' | 'approved' | 'rejected';

/** Who takes part in one document's approval. */
export interface ApprovalParticipants {
  /** The document's responsible manager: decides the `manager` step. */
  readonly manager: string;
  /** The Settings sheet's role → people map. */
  readonly roles: RoleAssignments;
}

export function startApproval(route: ApprovalRouteKey, round = 1): ApprovalProgress {
  return { route, round, steps: APPROVAL_ROUTES[route].map((role) => ({ role })) };
}

export function approvalState(progress: ApprovalProgress): ApprovalState {
  if (progress.steps.some((step) => step.decision?.outcome === 'rejected')) return 'rejected';
  if (progress.steps.every((step) => step.decision?.outcome === 'approved')) return 'approved';
  return 'in_progress';
}

/** Index of the first undecided step, or -1 once the route is finished (approved or rejected). */
export function currentStepIndex(progress: ApprovalProgress): number {
  if (approvalState(progress) !== 'in_progress') return -1;
  return progress.steps.findIndex((step) => step.decision === undefined);
}
