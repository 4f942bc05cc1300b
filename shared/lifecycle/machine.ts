import type { LifecycleEventType } from './events';
import type { LifecycleStatus } from './statuses';

/** Who may send an event. */
export type ActorRule =
  /** Only the document's responsible manager. */
  | 'responsible_manager'
  /** The responsible manager or anyone holding the director role. */
  | 'manager_or_director'
  /** Whoever holds the role of the approval step being decided (checked by shared/approval). */
  | 'route_step'
  /** Physical facts reported by the mail desk and the printer: the report itself is the authority. */
  | 'anyone';

/** Named conditions that choose between a state's transitions for one event. */
export type GuardName =
  /** The conformance check found only the client's requisites changed. */
  | 'requisitesOnly'
  /** The document kind's approval route is `none`. */
  | 'routeIsNone'
  /** The step being decided is the last one on the route. */
  | 'lastApprovalStep'
  /** The kind's signed copy comes back to us. */
  | 'signedCopyReturns';

/** Named actions; `transition` turns each into zero or more Effect values. */
export type ActionName =
  | 'apply_access_policy'
  | 'share_client_link'
  | 'close_client_link'
  | 'export_pdf'
  | 'queue_print'
  | 'cancel_print'
  | 'mark_title_annulled'
  /** Only when the annulment asks for a replacement. */
  | 'create_replacement'
  /** The people who hold the step now waiting. */
  | 'notify_next_approver'
  /** The responsible manager. */
  | 'notify_manager'
  /** The manager and everyone on the approval route. */
  | 'notify_route';

export interface MachineTransition {
  readonly target: LifecycleStatus;
  readonly guard?: GuardName;
  readonly actions?: readonly ActionName[];
}

export interface MachineState {
  /** Run when the state is entered from another state (not on a self-transition). */
  readonly entry: readonly ActionName[];
  /** Run when the state is left for another state. */
  readonly exit: readonly ActionName[];
  /** The first transition whose guard holds is taken, as in xstate. */
  readonly on: { readonly [E in LifecycleEventType]?: readonly MachineTransition[] };
  readonly final?: true;
}

export interface LifecycleMachine {
  readonly initial: LifecycleStatus;
  readonly actors: { readonly [E in LifecycleEventType]: ActorRule };
  readonly states: { readonly [S in LifecycleStatus]: MachineState };
}

const ANNUL: readonly MachineTransition[] = [
  { target: 'annulled', actions: ['mark_title_annulled', 'create_replacement'] },
];

/**
 * The document lifecycle as plain data, in the manner of an xstate machine config. Effects run
 * in xstate's order: the source's exit actions, the transition's actions, the target's entry
 * actions; `transition` then adds one timeline comment carrying the audit reason.
 */
export const LIFECYCLE_MACHINE: LifecycleMachine = {
  initial: 'draft',
  actors: {
    start_review: 'responsible_manager',
    return_to_draft: 'responsible_manager',
    send_for_signing: 'responsible_manager',
    withdraw_from_approval: 'responsible_manager',
    approve_step: 'route_step',
    reject_step: 'route_step',
    print_done: 'anyone',
    register_sent: 'anyone',
    register_returned: 'anyone',
    annul: 'manager_or_director',
  },
  states: {
    draft: {
      entry: ['apply_access_policy'],
      exit: [],
      on: { start_review: [{ target: 'client_review' }], annul: ANNUL },
    },
    client_review: {
      entry: ['apply_access_policy', 'share_client_link'],
      exit: ['close_client_link'],
      on: {
        return_to_draft: [{ target: 'draft' }],
        send_for_signing: [
          { target: 'approved', guard: 'requisitesOnly' },
          { target: 'approved', guard: 'routeIsNone' },
          { target: 'internal_approval', actions: ['notify_next_approver'] },
        ],
        annul: ANNUL,
      },
    },
    internal_approval: {
      entry: ['apply_access_policy'],
      exit: [],
      on: {
        approve_step: [
          { target: 'approved', guard: 'lastApprovalStep', actions: ['notify_manager'] },
          { target: 'internal_approval', actions: ['notify_next_approver'] },
        ],
        reject_step: [{ target: 'client_review', actions: ['notify_manager'] }],
        withdraw_from_approval: [{ target: 'client_review', actions: ['notify_route'] }],
        annul: [{ target: 'annulled', actions: ['notify_route', 'mark_title_annulled', 'create_replacement'] }],
      },
    },
    approved: {
      entry: ['apply_access_policy', 'export_pdf', 'queue_print'],
      exit: [],
      on: {
        print_done: [{ target: 'printed' }],
        annul: [{ target: 'annulled', actions: ['cancel_print', 'mark_title_annulled', 'create_replacement'] }],
      },
    },
    printed: {
      entry: ['apply_access_policy'],
      exit: [],
      on: { register_sent: [{ target: 'sent' }], annul: ANNUL },
    },
    sent: {
      entry: ['apply_access_policy'],
      exit: [],
      on: { register_returned: [{ target: 'returned', guard: 'signedCopyReturns', actions: ['notify_manager'] }] },
    },
    returned: { entry: ['apply_access_policy'], exit: [], on: {}, final: true },
    annulled: { entry: ['apply_access_policy'], exit: [], on: {}, final: true },
  },
};
