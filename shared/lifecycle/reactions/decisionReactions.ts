import {
  APPROVAL_ROLE_TITLES,
  type ApprovalParticipants,
  type DecisionOutcome,
  normalizeEmail,
  recordDecision,
  whoMustActNext,
} from '../../approval';
import { fail, ok } from '../../result';
import type { EventOf } from '../events';
import type { ReactionInput, ReactionResult } from './reaction';

/** Approve the current step; after the last step the document is approved. */
export function reactApproveStep(input: ReactionInput<'approve_step'>): ReactionResult {
  return decide(input, 'approved');
}

/** Reject the current step: the document goes back to client review with the comment. */
export function reactRejectStep(input: ReactionInput<'reject_step'>): ReactionResult {
  return decide(input, 'rejected');
}

function decide(
  input: ReactionInput<'approve_step'> | ReactionInput<'reject_step'>,
  outcome: DecisionOutcome,
): ReactionResult {
  const { document, context } = input;
  const event: EventOf<'approve_step' | 'reject_step'> = input.event;
  if (document.approval === undefined) {
    return fail('illegal_transition', 'У документа нет активного маршрута согласования.');
  }
  const participants: ApprovalParticipants = { manager: document.manager, roles: context.roles };
  const recorded = recordDecision(
    document.approval,
    { role: event.role, outcome, by: context.actor, at: context.at, comment: event.comment },
    participants,
  );
  if (recorded.status === 'error') return recorded;
  const { progress, state } = recorded.response;
  const decided = progress.steps.find((step) => step.role === event.role)?.decision;
  const comment = decided?.comment ?? '';
  const who = `${APPROVAL_ROLE_TITLES[event.role]} ${normalizeEmail(context.actor)}`;

  if (state === 'rejected') {
    return ok({
      patch: {
        approval: progress,
        lastRejection: { role: event.role, by: normalizeEmail(context.actor), at: context.at, comment },
      },
      reason: `${who} отклонил(а) документ: «${comment}». Документ возвращён на согласование с клиентом.`,
    });
  }
  const said = comment === '' ? '' : ` с комментарием «${comment}»`;
  if (state === 'approved') {
    return ok({
      patch: { approval: progress },
      reason: `${who} согласовал(а) документ${said}. Маршрут пройден — документ утверждён.`,
    });
  }
  const next = whoMustActNext(progress, participants);
  const nextTitle = next === undefined ? '' : ` Следующий шаг: ${APPROVAL_ROLE_TITLES[next.role]}.`;
  return ok({ patch: { approval: progress }, reason: `${who} согласовал(а) документ${said}.${nextTitle}` });
}
