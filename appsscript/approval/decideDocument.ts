import { APPROVAL_ROLE_TITLES, type DecisionOutcome, whoMustActNext } from '../../shared/approval';
import { LIFECYCLE_STATUS_TITLES, type LifecycleStatus } from '../../shared/lifecycle';
import { fail, ok, type Result } from '../../shared/result';
import type { LifecyclePorts } from '../audit/lifecyclePorts';
import type { TransitionError } from '../audit/lifecycleSession';
import { runLifecycleReport, type SessionError } from '../audit/withLifecycleSession';
import { roleForActor } from './roleForActor';

export interface DecisionInput {
  /** Canonical registry number. */
  readonly number: string;
  /** The authenticated person deciding. */
  readonly actor: string;
  readonly outcome: DecisionOutcome;
  readonly comment: string;
}

export interface DecisionReport {
  readonly number: string;
  readonly status: LifecycleStatus;
  readonly statusTitle: string;
  /** What happened, in Russian, for the sidebar. */
  readonly message: string;
  /** Who decides next, while the route is not finished. */
  readonly nextStep: { readonly role: string; readonly people: readonly string[] } | null;
  readonly warnings: readonly string[];
}

export type DecisionError = TransitionError | SessionError;

/**
 * Approve or reject the step of a document's internal approval that is the actor's. Only the
 * person whose step is waiting can decide it (shared/approval): the wrong person, a step out of
 * order, a second decision of a decided step, a document that is not on approval or is
 * annulled — all refused with the reason, and nothing changes. A decision is recorded in the
 * Approvals sheet and the audit; the next approver is notified; the last approval locks the
 * document, exports its PDF and queues it for printing; a rejection returns it to client
 * review with the comment on the deal's timeline.
 */
export function decideDocument(ports: LifecyclePorts, input: DecisionInput): Result<DecisionReport, DecisionError> {
  return runLifecycleReport(ports, (session): Result<DecisionReport, DecisionError> => {
    const entry = session.entry(input.number);
    if (entry === undefined) return fail('not_found', `Документ № ${input.number} не найден в реестре «Документы».`);
    const document = session.lifecycleDocument(entry.row);
    const role = roleForActor(document, input.actor, session.roles);
    const event =
      input.outcome === 'approved'
        ? ({ type: 'approve_step', role, ...(input.comment === '' ? {} : { comment: input.comment }) } as const)
        : ({ type: 'reject_step', role, comment: input.comment } as const);
    const applied = session.apply({ number: input.number, event, actor: input.actor, channel: 'sidebar' });
    if (applied.status === 'error') return applied;
    const { row, audit, warnings } = applied.response;
    const after = session.lifecycleDocument(row);
    const turn = row.status === 'internal_approval' && after.approval !== undefined ? whoMustActNext(after.approval, { manager: after.manager, roles: session.roles }) : undefined;
    return ok({
      number: row.registryNumber,
      status: row.status,
      statusTitle: LIFECYCLE_STATUS_TITLES[row.status],
      message: audit.reason,
      nextStep: turn === undefined ? null : { role: APPROVAL_ROLE_TITLES[turn.role], people: turn.people },
      warnings,
    });
  });
}
