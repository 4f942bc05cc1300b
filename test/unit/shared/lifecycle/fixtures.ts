import type { RoleAssignments } from '../../../../shared/approval';
import type { DocumentKind } from '../../../../shared/kinds/documentKinds';
import {
  type LifecycleDocument,
  type LifecycleEvent,
  type LifecycleEventType,
  type TransitionContext,
  type TransitionOutcome,
  transition,
} from '../../../../shared/lifecycle';
import type { Result } from '../../../../shared/result';

export const OWNER = 'docflow@firm.ru';
export const MANAGER = 'manager@firm.ru';
export const LAWYER = 'lawyer@firm.ru';
export const TECHNICAL_DIRECTOR = 'tech@firm.ru';
export const DIRECTOR = 'director@firm.ru';
export const STRANGER = 'someone@firm.ru';
export const OFFICE = 'office@firm.ru';

export const ROLES: RoleAssignments = {
  lawyer: [LAWYER],
  technical_director: [TECHNICAL_DIRECTOR],
  director: [DIRECTOR],
};

export const AT = '2025-03-03T09:00:00Z';

export function documentIn(status: LifecycleDocument['status'], kind: DocumentKind = 'contract'): LifecycleDocument {
  return {
    id: 'file-1',
    registryNumber: 'Д-2025-0042',
    kind,
    title: 'Договор поставки лицензий — ООО «Ромашка»',
    status,
    statusSince: '2025-03-01T08:00:00Z',
    owner: OWNER,
    manager: MANAGER,
  };
}

export function contextOf(actor: string, at = AT, roles: RoleAssignments = ROLES): TransitionContext {
  return { actor, at, roles };
}

/** Unwrap a success, or fail the test with the refusal's own words. */
export function expectSuccess(result: Result<TransitionOutcome>): TransitionOutcome {
  if (result.status === 'error') throw new Error(`refused (${result.type}): ${result.detail}`);
  return result.response;
}

/** Apply events in order, each by its actor; returns every outcome. */
export function run(
  start: LifecycleDocument,
  steps: readonly (readonly [LifecycleEvent, string])[],
  roles: RoleAssignments = ROLES,
): TransitionOutcome[] {
  const outcomes: TransitionOutcome[] = [];
  let document = start;
  steps.forEach(([event, actor], index) => {
    const outcome = expectSuccess(transition(document, event, contextOf(actor, `2025-03-03T09:${String(index).padStart(2, '0')}:00Z`, roles)));
    outcomes.push(outcome);
    document = outcome.document;
  });
  return outcomes;
}

export const CHANGED_TEXT = { requisitesOnly: false, reason: 'изменён пункт 4.2 о сроках оплаты' } as const;
export const REQUISITES_ONLY = { requisitesOnly: true, reason: 'изменены только реквизиты покупателя' } as const;

/** A valid example of each event, for the table-driven tests. */
export function sampleEvent(type: LifecycleEventType): LifecycleEvent {
  switch (type) {
    case 'start_review':
    case 'return_to_draft':
    case 'print_done':
    case 'register_returned':
      return { type };
    case 'send_for_signing':
      return { type, conformance: CHANGED_TEXT };
    case 'approve_step':
      return { type, role: 'manager' };
    case 'reject_step':
      return { type, role: 'manager', comment: 'нужна правка' };
    case 'withdraw_from_approval':
      return { type, reason: 'клиент попросил изменить сроки' };
    case 'register_sent':
      return { type, trackingNumber: '80082345678901' };
    case 'annul':
      return { type, reason: 'ошибка в реквизитах', replace: false };
  }
}
