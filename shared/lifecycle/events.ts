import type { ApprovalRole } from '../approval';

/**
 * The outcome of the conformance check the adapter runs before sending for signing: does the
 * document differ from its published template only in the client's requisites?
 */
export interface ConformanceOutcome {
  readonly requisitesOnly: boolean;
  /** Why, in Russian, for the audit log (e.g. "изменены только реквизиты покупателя"). */
  readonly reason: string;
}

/**
 * Everything that can happen to a document. Who did it and when travel in the transition
 * context (the authenticated user), never in the event, so an event cannot claim to be someone.
 */
export type LifecycleEvent =
  /** The manager opens the document to the client by a commenter link. */
  | { readonly type: 'start_review' }
  /** The manager takes the document back from the client (closes the link) to edit it. */
  | { readonly type: 'return_to_draft' }
  /** The client agreed: send for signing, after the conformance check. */
  | { readonly type: 'send_for_signing'; readonly conformance: ConformanceOutcome }
  /** The holder of the current step's role approves it. */
  | { readonly type: 'approve_step'; readonly role: ApprovalRole; readonly comment?: string }
  /** The holder of the current step's role rejects: back to client review with the comment. */
  | { readonly type: 'reject_step'; readonly role: ApprovalRole; readonly comment: string }
  /** The manager recalls the document from internal approval (e.g. the client asked for a change). */
  | { readonly type: 'withdraw_from_approval'; readonly reason: string }
  /** The office printer finished the job (reported by the bridge). */
  | { readonly type: 'print_done' }
  /** The document left the office (scanned at the mail desk). */
  | { readonly type: 'register_sent'; readonly trackingNumber?: string }
  /** Our copy signed by the client came back (scanned at the mail desk). */
  | { readonly type: 'register_returned' }
  /** Cancel the document before it is sent; `replace` asks for a new copy (re-issue). */
  | { readonly type: 'annul'; readonly reason: string; readonly replace: boolean };

export type LifecycleEventType = LifecycleEvent['type'];

export type EventOf<T extends LifecycleEventType> = Extract<LifecycleEvent, { readonly type: T }>;

/** Russian names of the actions, for refusals and the audit log. */
export const LIFECYCLE_EVENT_TITLES: { readonly [T in LifecycleEventType]: string } = {
  start_review: 'Отправить клиенту на согласование',
  return_to_draft: 'Вернуть в черновик',
  send_for_signing: 'Отправить на подписание',
  approve_step: 'Согласовать',
  reject_step: 'Отклонить',
  withdraw_from_approval: 'Отозвать с согласования',
  print_done: 'Отметить печать',
  register_sent: 'Зарегистрировать отправку',
  register_returned: 'Зарегистрировать возврат',
  annul: 'Аннулировать',
};
