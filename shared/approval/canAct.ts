import { fail, ok, type Result } from '../result';
import type { ApprovalRefusalType } from './approvalRefusal';
import { includesEmail } from './emails';
import { type ApprovalParticipants, type ApprovalProgress } from './progress';
import { APPROVAL_ROLE_TITLES, type ApprovalRole } from './roles';
import { type ApprovalTurn, whoMustActNext } from './whoMustActNext';

/**
 * May `actor` decide the step that is waiting now? Only the people holding the current step's
 * role may (for the manager step: the document's responsible manager alone).
 */
export function canAct(
  progress: ApprovalProgress,
  actor: string,
  participants: ApprovalParticipants,
): Result<ApprovalTurn, ApprovalRefusalType> {
  const turn = whoMustActNext(progress, participants);
  if (turn === undefined) return fail('approval_finished', 'Согласование этого документа уже завершено.');
  return checkHolder(turn, actor);
}

/**
 * May `actor` decide the step of `role` now? Explains precisely why not: the role is not on
 * this route, its step is already decided, it is not its turn yet, or the actor does not hold it.
 */
export function canActAs(
  progress: ApprovalProgress,
  actor: string,
  role: ApprovalRole,
  participants: ApprovalParticipants,
): Result<ApprovalTurn, ApprovalRefusalType> {
  const title = APPROVAL_ROLE_TITLES[role];
  const stepIndex = progress.steps.findIndex((step) => step.role === role);
  const step = progress.steps[stepIndex];
  if (step === undefined) {
    return fail('role_not_on_route', `Роль «${title}» не участвует в согласовании документа этого вида.`);
  }
  if (step.decision !== undefined) {
    const verb = step.decision.outcome === 'approved' ? 'согласовал(а)' : 'отклонил(а)';
    return fail(
      'step_already_decided',
      `Шаг «${title}» уже решён: ${step.decision.by} ${verb} документ ${step.decision.at}. Повторное решение не принимается.`,
    );
  }
  const turn = whoMustActNext(progress, participants);
  if (turn === undefined) return fail('approval_finished', 'Согласование этого документа уже завершено.');
  if (turn.stepIndex !== stepIndex) {
    return fail(
      'step_out_of_order',
      `Сейчас очередь шага «${APPROVAL_ROLE_TITLES[turn.role]}»; шаг «${title}» откроется после него.`,
    );
  }
  return checkHolder(turn, actor);
}

function checkHolder(turn: ApprovalTurn, actor: string): Result<ApprovalTurn, ApprovalRefusalType> {
  const title = APPROVAL_ROLE_TITLES[turn.role];
  if (turn.people.length === 0) {
    return fail(
      'role_unassigned',
      `Роль «${title}» никому не назначена. Администратору: укажите сотрудника на листе «Настройки».`,
    );
  }
  if (!includesEmail(turn.people, actor)) {
    const who = turn.role === 'manager' ? 'ответственный менеджер документа' : turn.people.join(', ');
    return fail('wrong_person', `Шаг «${title}» решает ${who}, а не ${actor}.`);
  }
  return ok(turn);
}
