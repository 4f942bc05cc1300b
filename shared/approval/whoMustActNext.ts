import { type ApprovalParticipants, type ApprovalProgress, currentStepIndex } from './progress';
import { type ApprovalRole, peopleHoldingRole } from './roles';

export interface ApprovalTurn {
  readonly stepIndex: number;
  readonly role: ApprovalRole;
  /** Everyone who may decide this step; empty if the role is assigned to nobody. */
  readonly people: readonly string[];
}

/** The step waiting for a decision and who may take it; undefined once the route is finished. */
export function whoMustActNext(progress: ApprovalProgress, participants: ApprovalParticipants): ApprovalTurn | undefined {
  const stepIndex = currentStepIndex(progress);
  const step = progress.steps[stepIndex];
  if (step === undefined) return undefined;
  return { stepIndex, role: step.role, people: peopleHoldingRole(step.role, participants.manager, participants.roles) };
}
