import type { RoleAssignments } from '../approval';
import { fail, ok, type Result } from '../result';

export interface TransitionContext {
  /** E-mail of the authenticated user (or the bridge's identity for device events). */
  readonly actor: string;
  /** ISO 8601 time of the event, with a zone (Z or ±hh:mm). */
  readonly at: string;
  /** Who holds which role, from the Settings sheet. */
  readonly roles: RoleAssignments;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The context comes from an adapter, not from a user; a bad one is a programming error, reported typed. */
export function checkTransitionContext(context: TransitionContext): Result<TransitionContext, 'invalid_context'> {
  if (context.actor.trim() === '') {
    return fail('invalid_context', 'Не удалось определить пользователя. Войдите в аккаунт Google и повторите.');
  }
  if (!ISO_INSTANT.test(context.at) || Number.isNaN(Date.parse(context.at))) {
    return fail('invalid_context', `Неверное время события «${context.at}»: ожидается ISO 8601 с часовым поясом.`);
  }
  return ok(context);
}
