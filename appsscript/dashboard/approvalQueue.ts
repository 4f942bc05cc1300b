import {
  APPROVAL_ROLE_TITLES,
  type ApprovalProgress,
  approvalState,
  type ApprovalStep,
  type RoleAssignments,
  routeForKind,
  routeKeyForKind,
  whoMustActNext,
} from '../../shared/approval';
import type { ApprovalRow, DocumentRow } from '../../shared/registers';

export interface ApproverQueue {
  /** The approver's e-mail, or a Russian note when the role is assigned to nobody. */
  readonly person: string;
  readonly roles: readonly string[];
  readonly numbers: readonly string[];
}

/**
 * Who must act next on each document in internal approval, from the Approvals register: the
 * document's latest round with its decisions, step by step along the kind's route. A round
 * that is over (a rejection, or every step approved) while the document is still in approval
 * means a new round has just started with no decisions yet. A document waits for everyone who
 * holds the role of its current step.
 */
export function approvalQueues(documents: readonly DocumentRow[], approvals: readonly ApprovalRow[], roles: RoleAssignments): ApproverQueue[] {
  const decisionsByDocument = new Map<string, ApprovalRow[]>();
  for (const decision of approvals) {
    decisionsByDocument.set(decision.documentNumber, [...(decisionsByDocument.get(decision.documentNumber) ?? []), decision]);
  }
  const queues = new Map<string, { roles: Set<string>; numbers: string[] }>();
  for (const document of documents) {
    if (document.status !== 'internal_approval') continue;
    const progress = currentProgress(document, decisionsByDocument.get(document.registryNumber) ?? []);
    const turn = whoMustActNext(progress, { manager: document.manager, roles });
    if (turn === undefined) continue;
    const roleTitle = APPROVAL_ROLE_TITLES[turn.role];
    const people = turn.people.length > 0 ? turn.people : [`(роль «${roleTitle}» никому не назначена)`];
    for (const person of people) {
      const queue = queues.get(person) ?? { roles: new Set<string>(), numbers: [] };
      queue.roles.add(roleTitle);
      queue.numbers.push(document.registryNumber);
      queues.set(person, queue);
    }
  }
  return [...queues]
    .map(([person, queue]) => ({ person, roles: [...queue.roles], numbers: queue.numbers }))
    .sort((a, b) => b.numbers.length - a.numbers.length || a.person.localeCompare(b.person));
}

function currentProgress(document: DocumentRow, decisions: readonly ApprovalRow[]): ApprovalProgress {
  const route = routeForKind(document.kind);
  const latest = Math.max(0, ...decisions.map((decision) => decision.round));
  const steps = (round: number): ApprovalStep[] =>
    route.map((role, index) => {
      const decided = decisions.find((decision) => decision.round === round && decision.step === index + 1);
      return decided === undefined
        ? { role }
        : { role, decision: { outcome: decided.decision, by: decided.approver, at: decided.decidedAt, comment: decided.comment ?? '' } };
    });
  const progress: ApprovalProgress = { route: routeKeyForKind(document.kind), round: Math.max(1, latest), steps: steps(latest) };
  if (latest === 0 || approvalState(progress) === 'in_progress') return progress;
  return { route: progress.route, round: latest + 1, steps: route.map((role) => ({ role })) };
}
