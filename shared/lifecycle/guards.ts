import { currentStepIndex, routeKeyForKind } from '../approval';
import { DOCUMENT_KIND_INFO } from '../kinds/documentKinds';
import { fail, type Failure } from '../result';
import type { LifecycleEvent } from './events';
import type { LifecycleDocument } from './lifecycleDocument';
import type { GuardName } from './machine';

type Guard = (document: LifecycleDocument, event: LifecycleEvent) => boolean;

export const GUARDS: { readonly [G in GuardName]: Guard } = {
  requisitesOnly: (_document, event) => event.type === 'send_for_signing' && event.conformance.requisitesOnly,
  routeIsNone: (document) => routeKeyForKind(document.kind) === 'none',
  lastApprovalStep: (document) =>
    document.approval !== undefined && currentStepIndex(document.approval) === document.approval.steps.length - 1,
  signedCopyReturns: (document) => DOCUMENT_KIND_INFO[document.kind].signedCopyReturns,
};

/** The refusal when a guard blocks an event's only way out of the current state. */
export function guardRefusal(guard: GuardName, document: LifecycleDocument): Failure<'not_applicable'> {
  const kindTitle = DOCUMENT_KIND_INFO[document.kind].title;
  switch (guard) {
    case 'signedCopyReturns':
      return fail('not_applicable', `Документ вида «${kindTitle}» не возвращается подписанным: регистрировать возврат не нужно.`);
    case 'requisitesOnly':
      return fail('not_applicable', 'Документ изменён не только в реквизитах: его нужно согласовать по маршруту.');
    case 'routeIsNone':
      return fail('not_applicable', `Документ вида «${kindTitle}» требует внутреннего согласования.`);
    case 'lastApprovalStep':
      return fail('not_applicable', 'Маршрут согласования ещё не пройден.');
  }
}
