import { fail, ok, type Result } from '../result';
import type { ApprovalRefusalType } from './approvalRefusal';
import { canActAs } from './canAct';
import { normalizeEmail } from './emails';
import {
  type ApprovalParticipants,
  type ApprovalProgress,
  type ApprovalState,
  approvalState,
  type DecisionOutcome,
} from './progress';
import type { ApprovalRole } from './roles';

export interface DecisionInput {
  /** The step the actor decides; must be the step waiting now. */
  readonly role: ApprovalRole;
  readonly outcome: DecisionOutcome;
  readonly by: string;
  readonly at: string;
  readonly comment?: string;
}

export interface DecisionRecorded {
  readonly progress: ApprovalProgress;
  /** `approved` after the last step's approval, `rejected` after any rejection. */
  readonly state: ApprovalState;
}

/**
 * Record one decision. Refused when the actor may not decide that step now (see `canActAs`),
 * and for a rejection without a comment: the comment is what the manager and client act on.
 */
export function recordDecision(
  progress: ApprovalProgress,
  input: DecisionInput,
  participants: ApprovalParticipants,
): Result<DecisionRecorded, ApprovalRefusalType> {
  const turn = canActAs(progress, input.by, input.role, participants);
  if (turn.status === 'error') return turn;
  const comment = (input.comment ?? '').trim();
  if (input.outcome === 'rejected' && comment === '') {
    return fail('comment_required', 'Укажите причину отклонения: комментарий вернётся менеджеру вместе с документом.');
  }
  const decision = { outcome: input.outcome, by: normalizeEmail(input.by), at: input.at, comment };
  const steps = progress.steps.map((step, index) => (index === turn.response.stepIndex ? { ...step, decision } : step));
  const next = { ...progress, steps };
  return ok({ progress: next, state: approvalState(next) });
}
