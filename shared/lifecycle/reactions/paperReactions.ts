import { DOCUMENT_KIND_INFO } from '../../kinds/documentKinds';
import { ok } from '../../result';
import type { ReactionInput, ReactionResult } from './reaction';

export function reactPrintDone(input: ReactionInput<'print_done'>): ReactionResult {
  const copies = DOCUMENT_KIND_INFO[input.document.kind].printedCopies;
  return ok({ patch: {}, reason: `Документ напечатан (экземпляров: ${copies}, двусторонняя печать).` });
}

export function reactRegisterSent(input: ReactionInput<'register_sent'>): ReactionResult {
  const tracking = (input.event.trackingNumber ?? '').trim();
  const returns = DOCUMENT_KIND_INFO[input.document.kind].signedCopyReturns;
  const via = tracking === '' ? '' : `, почтовый идентификатор ${tracking}`;
  const next = returns ? 'Ожидается возврат подписанного экземпляра.' : 'Возврат экземпляра не требуется.';
  return ok({
    patch: tracking === '' ? {} : { trackingNumber: tracking },
    reason: `Документ отправлен клиенту${via}. ${next}`,
  });
}

export function reactRegisterReturned(_input: ReactionInput<'register_returned'>): ReactionResult {
  return ok({ patch: {}, reason: 'Получен экземпляр, подписанный клиентом.' });
}
