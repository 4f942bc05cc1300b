import type { ApprovalProgress, ApprovalRole } from '../approval';
import type { DocumentKind } from '../kinds/documentKinds';
import type { LifecycleStatus } from './statuses';

/** The last rejection, kept so the sidebar can show the manager what to fix. */
export interface RejectionNote {
  readonly role: ApprovalRole;
  readonly by: string;
  readonly at: string;
  readonly comment: string;
}

export interface Annulment {
  readonly reason: string;
  readonly by: string;
  readonly at: string;
  /** A replacement copy was requested (re-issue). */
  readonly replaced: boolean;
}

/**
 * The state `transition` works on: everything the lifecycle needs to decide, and nothing it
 * does not (the document's text lives in Drive; its register row is written from this).
 */
export interface LifecycleDocument {
  /** Drive file id. */
  readonly id: string;
  readonly registryNumber: string;
  readonly kind: DocumentKind;
  /** Document title as in Drive; used in notifications and timeline comments. */
  readonly title: string;
  readonly status: LifecycleStatus;
  /** ISO 8601 time the document entered its current status (the dashboard's "overdue"). */
  readonly statusSince: string;
  /** Drive owner (the account the add-on runs as); its permission is never touched. */
  readonly owner: string;
  /** The responsible manager from the deal. */
  readonly manager: string;
  /** Present from the first submission for internal approval; a new round replaces it. */
  readonly approval?: ApprovalProgress;
  readonly lastRejection?: RejectionNote;
  readonly annulment?: Annulment;
  /** Postal tracking number recorded when the document was sent. */
  readonly trackingNumber?: string;
}

export type NewDocumentFields = Pick<LifecycleDocument, 'id' | 'registryNumber' | 'kind' | 'title' | 'owner' | 'manager'>;

/** A freshly generated document: a draft the manager may edit. */
export function createDraftDocument(fields: NewDocumentFields, at: string): LifecycleDocument {
  return { ...fields, status: 'draft', statusSince: at };
}
