import { type ApprovalRole, includesEmail, peopleHoldingRole, type RoleAssignments, whoMustActNext } from '../../shared/approval';
import type { LifecycleDocument } from '../../shared/lifecycle';

/**
 * Which step the person means when they press "approve" or "reject" in the sidebar (which does
 * not ask for a role): the waiting step if they hold it; otherwise a step of theirs that is
 * already decided (so the refusal says "already decided"), or one still ahead (so it says "not
 * your turn yet"); otherwise the waiting step (so it says who decides it). The lifecycle then
 * accepts or refuses with that precise reason.
 */
export function roleForActor(document: LifecycleDocument, actor: string, roles: RoleAssignments): ApprovalRole {
  const progress = document.approval;
  if (progress === undefined) return 'manager';
  const participants = { manager: document.manager, roles };
  const turn = whoMustActNext(progress, participants);
  const held = progress.steps.filter((step) => includesEmail(peopleHoldingRole(step.role, document.manager, roles), actor));
  if (turn !== undefined && held.some((step) => step.role === turn.role)) return turn.role;
  const decided = held.find((step) => step.decision !== undefined);
  if (decided !== undefined) return decided.role;
  const ahead = held.find((step) => step.decision === undefined);
  if (ahead !== undefined) return ahead.role;
  return turn?.role ?? progress.steps[0]?.role ?? 'manager';
}
