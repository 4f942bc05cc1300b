import { includesEmail, normalizeEmail, sameEmail } from '../approval';
import { DOCUMENT_KIND_INFO } from '../kinds/documentKinds';
import { fail, ok, type Result } from '../result';
import { effectsOfAction } from './actionEffects';
import type { AuditRecord } from './auditRecord';
import type { Effect } from './effects';
import { LIFECYCLE_EVENT_TITLES, type LifecycleEvent } from './events';
import { guardRefusal, GUARDS } from './guards';
import type { LifecycleDocument } from './lifecycleDocument';
import type { LifecycleRefusalType } from './lifecycleRefusal';
import { type ActorRule, LIFECYCLE_MACHINE, type MachineTransition } from './machine';
import { react } from './reactions/react';
import { LIFECYCLE_STATUS_TITLES } from './statuses';
import { checkTransitionContext, type TransitionContext } from './transitionContext';

export interface TransitionOutcome {
  /** The document's next state: persist it. */
  readonly document: LifecycleDocument;
  /** What the adapters must do, in order. */
  readonly effects: readonly Effect[];
  /** Exactly one audit record per transition: persist it. */
  readonly audit: AuditRecord;
}

/**
 * The lifecycle's only entry point: a pure function from (document, event, context) to the next
 * document, the effects to carry out and one audit record, or a typed refusal with a Russian
 * reason. It runs no effects itself. Checks, in order: the context, annulment, whether the
 * status accepts the event, who the actor is, the machine's guards, the event's own data.
 */
export function transition(
  document: LifecycleDocument,
  event: LifecycleEvent,
  context: TransitionContext,
): Result<TransitionOutcome, LifecycleRefusalType> {
  const checked = checkTransitionContext(context);
  if (checked.status === 'error') return checked;
  const eventTitle = LIFECYCLE_EVENT_TITLES[event.type];
  if (document.status === 'annulled') {
    return fail('document_annulled', `Документ аннулирован: действие «${eventTitle}» недоступно. Работайте с новым экземпляром.`);
  }

  const source = LIFECYCLE_MACHINE.states[document.status];
  const candidates = source.on[event.type];
  if (candidates === undefined) return illegal(document, event);

  const actor = checkActor(LIFECYCLE_MACHINE.actors[event.type], document, context, eventTitle);
  if (actor.status === 'error') return actor;

  const chosen = candidates.find((candidate) => candidate.guard === undefined || GUARDS[candidate.guard](document, event));
  if (chosen === undefined) return blockedByGuard(candidates, document);

  const reaction = react({ document, event, context, target: chosen.target, guard: chosen.guard });
  if (reaction.status === 'error') return reaction;
  const { patch, reason } = reaction.response;

  const changesStatus = chosen.target !== document.status;
  const next: LifecycleDocument = {
    ...document,
    ...patch,
    status: chosen.target,
    statusSince: changesStatus ? context.at : document.statusSince,
  };
  const actions = [
    ...(changesStatus ? source.exit : []),
    ...(chosen.actions ?? []),
    ...(changesStatus ? LIFECYCLE_MACHINE.states[chosen.target].entry : []),
  ];
  const actionInput = { document: next, event, context, reason };
  const kindTitle = DOCUMENT_KIND_INFO[document.kind].title;
  const effects: Effect[] = [
    ...actions.flatMap((action) => effectsOfAction(action, actionInput)),
    { type: 'timeline_comment', text: `${kindTitle} № ${document.registryNumber}: ${reason}` },
  ];
  const audit: AuditRecord = {
    documentId: document.id,
    registryNumber: document.registryNumber,
    event: event.type,
    actor: normalizeEmail(context.actor),
    at: context.at,
    from: document.status,
    to: next.status,
    reason,
  };
  return ok({ document: next, effects, audit });
}

function illegal(document: LifecycleDocument, event: LifecycleEvent): Result<never, 'illegal_transition'> {
  const status = LIFECYCLE_STATUS_TITLES[document.status];
  const hint =
    event.type === 'annul' ? ' Аннулировать можно только до отправки; после отправки оформите дополнительное соглашение.' : '';
  return fail(
    'illegal_transition',
    `Действие «${LIFECYCLE_EVENT_TITLES[event.type]}» недоступно: документ в статусе «${status}».${hint}`,
  );
}

function blockedByGuard(candidates: readonly MachineTransition[], document: LifecycleDocument): Result<never, 'not_applicable'> {
  const last = candidates[candidates.length - 1];
  if (last?.guard === undefined) return fail('not_applicable', 'Действие неприменимо к этому документу.');
  return guardRefusal(last.guard, document);
}

function checkActor(
  rule: ActorRule,
  document: LifecycleDocument,
  context: TransitionContext,
  eventTitle: string,
): Result<true, 'wrong_person'> {
  const actor = normalizeEmail(context.actor);
  const isManager = sameEmail(actor, document.manager);
  switch (rule) {
    case 'responsible_manager':
      return isManager
        ? ok(true)
        : fail('wrong_person', `Действие «${eventTitle}» выполняет ответственный менеджер документа (${document.manager}), а не ${actor}.`);
    case 'manager_or_director':
      return isManager || includesEmail(context.roles.director ?? [], actor)
        ? ok(true)
        : fail('wrong_person', `Действие «${eventTitle}» выполняет ответственный менеджер документа или директор, а не ${actor}.`);
    case 'route_step':
    case 'anyone':
      return ok(true);
  }
}
