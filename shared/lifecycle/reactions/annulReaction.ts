import { normalizeEmail } from '../../approval';
import { ok } from '../../result';
import type { ReactionInput, ReactionResult } from './reaction';
import { requireText } from './requireText';

/** Annul before sending; with `replace` a new copy re-enters the process as a draft. */
export function reactAnnul(input: ReactionInput<'annul'>): ReactionResult {
  const { event, context } = input;
  const reason = requireText(event.reason, 'Укажите причину аннулирования.');
  if (reason.status === 'error') return reason;
  const replacement = event.replace ? ' Создаётся новый экземпляр взамен.' : '';
  return ok({
    patch: {
      annulment: { reason: reason.response, by: normalizeEmail(context.actor), at: context.at, replaced: event.replace },
    },
    reason: `Документ аннулирован: ${reason.response}.${replacement}`,
  });
}
