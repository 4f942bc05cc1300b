import type { ApprovalRefusalType } from '../approval';
import type { Failure } from '../result';

/** Why `transition` refused an event; `detail` says it in Russian for the sidebar. */
export type LifecycleRefusalType =
  /** The adapter passed no actor or a malformed time. */
  | 'invalid_context'
  /** Nothing happens to an annulled document; its replacement carries on. */
  | 'document_annulled'
  /** The event is not allowed in the document's status. */
  | 'illegal_transition'
  /** The actor may not send this event for this document. */
  | 'wrong_person'
  /** A reason (annulment, withdrawal, conformance outcome) is required and was empty. */
  | 'missing_reason'
  /** The event does not apply to this document kind (e.g. a return for an invoice). */
  | 'not_applicable'
  | ApprovalRefusalType;

export type LifecycleRefusal = Failure<LifecycleRefusalType>;
