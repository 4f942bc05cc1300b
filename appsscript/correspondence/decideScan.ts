import { type LifecycleEvent, type TransitionContext, type TransitionOutcome, transition } from '../../shared/lifecycle';
import type { ScanEvent, ScanRejectReason } from '../../shared/protocol';
import type { DocumentRow } from '../../shared/registers';
import { fail, ok, type Result } from '../../shared/result';
import { lifecycleStateOf, rowAfter } from './lifecycleState';

export interface ScanAccepted {
  /** The document row after the scan. */
  readonly row: DocumentRow;
  /** One transition, or two for a paper scanned out before its print was reported. */
  readonly outcomes: readonly TransitionOutcome[];
}

/**
 * What one scan of a registered document does, decided by the lifecycle:
 *  - outgoing: printed → sent (`register_sent`, the envelope id as the tracking number). An
 *    approved document whose print the bridge has not reported yet is in the operator's hand,
 *    so it was printed: `print_done` is applied first, then `register_sent`;
 *  - incoming: sent → returned (`register_returned`, only kinds whose signed copy returns).
 * A scan that does not fit the status is refused with the reason the kiosk shows: a document
 * that is already out, scanned as outgoing (or not yet out, scanned as incoming), is most likely
 * the wrong mode; anything else is the lifecycle's own refusal.
 */
export function decideScan(event: ScanEvent, row: DocumentRow, context: TransitionContext, owner: string): Result<ScanAccepted, ScanRejectReason> {
  const status = row.status;
  if (event.mode === 'outgoing' && (status === 'sent' || status === 'returned')) {
    return status === 'sent'
      ? fail('wrong_mode', `Документ ${row.registryNumber} уже отправлен. Если это вернувшийся подписанный экземпляр, переключите режим на «Входящие».`)
      : fail('not_allowed_in_status', `Документ ${row.registryNumber} уже вернулся подписанным: повторная отправка не регистрируется.`);
  }
  if (event.mode === 'incoming' && (status === 'approved' || status === 'printed')) {
    return fail('wrong_mode', `Документ ${row.registryNumber} ещё не отправлен. Чтобы зарегистрировать отправку, переключите режим на «Исходящие».`);
  }
  if (event.mode === 'incoming' && status === 'returned') {
    return fail('not_allowed_in_status', `Возврат документа ${row.registryNumber} уже зарегистрирован.`);
  }
  const envelope = event.envelopeId?.trim() ?? '';
  const events: LifecycleEvent[] =
    event.mode === 'incoming'
      ? [{ type: 'register_returned' }]
      : [...(status === 'approved' ? [{ type: 'print_done' } as const] : []), envelope === '' ? { type: 'register_sent' } : { type: 'register_sent', trackingNumber: envelope }];
  let state = lifecycleStateOf(row, owner);
  const outcomes: TransitionOutcome[] = [];
  for (const lifecycleEvent of events) {
    const next = transition(state, lifecycleEvent, context);
    if (next.status === 'error') return fail('not_allowed_in_status', `Документ ${row.registryNumber}: ${next.detail}`);
    outcomes.push(next.response);
    state = next.response.document;
  }
  return ok({ row: rowAfter(row, state, context.at), outcomes });
}
