import {
  APPROVAL_ROLE_TITLES,
  APPROVAL_ROUTES,
  peopleHoldingRole,
  routeKeyForKind,
  startApproval,
} from '../../approval';
import { DOCUMENT_KIND_INFO } from '../../kinds/documentKinds';
import { fail, ok } from '../../result';
import type { ReactionInput, ReactionResult } from './reaction';
import { requireText } from './requireText';

export function reactStartReview(_input: ReactionInput<'start_review'>): ReactionResult {
  return ok({ patch: {}, reason: 'Документ открыт клиенту по ссылке для комментариев.' });
}

export function reactReturnToDraft(_input: ReactionInput<'return_to_draft'>): ReactionResult {
  return ok({ patch: {}, reason: 'Документ возвращён в черновик, ссылка клиента закрыта.' });
}

/**
 * Send for signing. The conformance outcome decides: only the requisites changed → approved
 * without internal approval; a kind without a route → approved; otherwise a new approval round
 * starts, provided every role on the route is assigned to someone (else nobody could finish it).
 */
export function reactSendForSigning(input: ReactionInput<'send_for_signing'>): ReactionResult {
  const { document, event, context, target, guard } = input;
  const check = requireText(event.conformance.reason, 'Не указан итог проверки соответствия шаблону.');
  if (check.status === 'error') return check;
  const conformance = check.response;
  if (target === 'approved' && guard === 'requisitesOnly') {
    return ok({
      patch: {},
      reason: `Проверка соответствия шаблону: ${conformance}. Изменены только реквизиты — внутреннее согласование не требуется, документ утверждён автоматически.`,
    });
  }
  if (target === 'approved') {
    const kindTitle = DOCUMENT_KIND_INFO[document.kind].title;
    return ok({
      patch: {},
      reason: `Документ вида «${kindTitle}» не требует внутреннего согласования — утверждён. Проверка соответствия шаблону: ${conformance}.`,
    });
  }
  const route = routeKeyForKind(document.kind);
  const unassigned = APPROVAL_ROUTES[route].filter(
    (role) => peopleHoldingRole(role, document.manager, context.roles).length === 0,
  );
  if (unassigned.length > 0) {
    const titles = unassigned.map((role) => `«${APPROVAL_ROLE_TITLES[role]}»`).join(', ');
    return fail(
      'role_unassigned',
      `Маршрут согласования нельзя начать: роли ${titles} никому не назначены. Администратору: заполните лист «Настройки».`,
    );
  }
  const approval = startApproval(route, (document.approval?.round ?? 0) + 1);
  const path = approval.steps.map((step) => APPROVAL_ROLE_TITLES[step.role]).join(' → ');
  return ok({
    patch: { approval },
    reason: `Отправлен на внутреннее согласование (круг ${approval.round}): ${path}. Проверка соответствия шаблону: ${conformance}.`,
  });
}

export function reactWithdrawFromApproval(input: ReactionInput<'withdraw_from_approval'>): ReactionResult {
  const reason = requireText(input.event.reason, 'Укажите, почему документ отзывается с согласования.');
  if (reason.status === 'error') return reason;
  return ok({
    patch: {},
    reason: `Документ отозван с внутреннего согласования и возвращён клиенту: ${reason.response}.`,
  });
}
