import { type ApprovalRole, includesEmail, type RoleAssignments, sameEmail, whoMustActNext } from '../../shared/approval';
import { type LifecycleDocument, type LifecycleEvent, transition } from '../../shared/lifecycle';
import { isParentKind } from '../../shared/numbers';
import type { DocumentRow } from '../../shared/registers';
import type { CardActionName } from './cardTypes';

export interface ActionInput {
  readonly row: DocumentRow;
  /** The document's lifecycle state, rebuilt from the registers. */
  readonly document: LifecycleDocument;
  readonly viewer: string;
  readonly roles: RoleAssignments;
  /** ISO 8601 with a zone: the moment the card is built. */
  readonly at: string;
}

/** Stand-in text for the reasons and comments a person will type: only their presence is checked. */
const TYPED_LATER = 'текст, который введёт пользователь';

/**
 * The card's actions the viewer may take now. Lifecycle actions are asked of shared/lifecycle
 * itself: `transition` is pure, so each candidate event is tried as a dry run and the outcome
 * thrown away — the buttons appear exactly when the server would accept the press (status,
 * person, approval turn), never by a rule of the sidebar's own.
 */
export function allowedActions(input: ActionInput): CardActionName[] {
  const actions: CardActionName[] = [];
  const accepts = (event: LifecycleEvent): boolean =>
    transition(input.document, event, { actor: input.viewer, at: input.at, roles: input.roles }).status === 'success';

  if (accepts({ type: 'start_review' })) actions.push('start_review');
  // The conformance check runs when the button is pressed; either outcome may be the real one.
  const signing = [true, false].some((requisitesOnly) =>
    accepts({ type: 'send_for_signing', conformance: { requisitesOnly, reason: TYPED_LATER } }),
  );
  if (signing) actions.push('send_for_signing');
  const role = viewersTurn(input);
  if (role !== null && accepts({ type: 'approve_step', role })) actions.push('approve');
  if (role !== null && accepts({ type: 'reject_step', role, comment: TYPED_LATER })) actions.push('reject');
  if (accepts({ type: 'annul', reason: TYPED_LATER, replace: true })) actions.push('annul');
  if (mayCreateAppendix(input.row, input.viewer)) actions.push('create_appendix');
  if (input.row.pdfUrl !== null) actions.push('open_pdf');
  return actions;
}

/** The role of the step waiting now, if the viewer holds it. */
function viewersTurn(input: ActionInput): ApprovalRole | null {
  const progress = input.document.approval;
  if (progress === undefined) return null;
  const turn = whoMustActNext(progress, { manager: input.document.manager, roles: input.roles });
  return turn !== undefined && includesEmail(turn.people, input.viewer) ? turn.role : null;
}

/**
 * "Create appendix" belongs on a contract's card (a contract or a framework contract) that is
 * not annulled, and generation is the responsible manager's work, as for the other drafts.
 */
export function mayCreateAppendix(row: DocumentRow, viewer: string): boolean {
  return isParentKind(row.kind) && row.status !== 'annulled' && sameEmail(row.manager, viewer);
}
