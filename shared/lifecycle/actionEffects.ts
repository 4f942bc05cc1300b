import { APPROVAL_ROLE_TITLES, normalizeEmail, whoMustActNext } from '../approval';
import { DOCUMENT_KIND_INFO } from '../kinds/documentKinds';
import { documentPeople } from './documentPeople';
import { ANNULLED_TITLE_MARKER, type Effect } from './effects';
import type { LifecycleEvent } from './events';
import type { LifecycleDocument } from './lifecycleDocument';
import type { ActionName } from './machine';
import { LIFECYCLE_STATUS_TITLES } from './statuses';
import type { TransitionContext } from './transitionContext';

export interface ActionInput {
  /** The document after the transition. */
  readonly document: LifecycleDocument;
  readonly event: LifecycleEvent;
  readonly context: TransitionContext;
  /** The audit reason; notifications repeat it. */
  readonly reason: string;
}

/** Turn one named action of the machine into the effects adapters carry out. */
export function effectsOfAction(action: ActionName, input: ActionInput): readonly Effect[] {
  const { document, event, context } = input;
  switch (action) {
    case 'apply_access_policy':
      return [{ type: 'apply_access_policy', status: document.status, people: documentPeople(document, context.roles) }];
    case 'share_client_link':
      return [{ type: 'share_client_link' }];
    case 'close_client_link':
      return [{ type: 'close_client_link' }];
    case 'export_pdf':
      return [{ type: 'export_pdf' }];
    case 'queue_print':
      return [{ type: 'queue_print', copies: DOCUMENT_KIND_INFO[document.kind].printedCopies, duplex: true }];
    case 'cancel_print':
      return [{ type: 'cancel_print' }];
    case 'mark_title_annulled':
      return [{ type: 'mark_title_annulled', marker: ANNULLED_TITLE_MARKER }];
    case 'create_replacement':
      if (event.type !== 'annul' || !event.replace || document.annulment === undefined) return [];
      return [
        {
          type: 'create_replacement',
          kind: document.kind,
          replacesRegistryNumber: document.registryNumber,
          reason: document.annulment.reason,
        },
      ];
    case 'notify_next_approver':
      return notifyNextApprover(input);
    case 'notify_manager':
      return notify(input, [document.manager], input.reason);
    case 'notify_route': {
      const people = documentPeople(document, context.roles);
      return notify(input, [people.manager, ...people.approvers], input.reason);
    }
  }
}

function notifyNextApprover(input: ActionInput): readonly Effect[] {
  const { document, context } = input;
  if (document.approval === undefined) return [];
  const turn = whoMustActNext(document.approval, { manager: document.manager, roles: context.roles });
  if (turn === undefined) return [];
  const step = APPROVAL_ROLE_TITLES[turn.role];
  return notify(input, turn.people, `${input.reason} Ваш шаг — «${step}»: откройте документ и согласуйте или отклоните его.`);
}

/** One notification to everyone listed except the actor (who sees the result in the sidebar). */
function notify(input: ActionInput, recipients: readonly string[], message: string): readonly Effect[] {
  const actor = normalizeEmail(input.context.actor);
  const to = [...new Set(recipients.map(normalizeEmail))].filter((email) => email !== '' && email !== actor);
  if (to.length === 0) return [];
  const { document } = input;
  const subject = `${document.title} (№ ${document.registryNumber}): ${LIFECYCLE_STATUS_TITLES[document.status]}`;
  return [{ type: 'notify', to, subject, message }];
}
