import type { Result } from '../../result';
import type { EventOf, LifecycleEventType } from '../events';
import type { LifecycleDocument } from '../lifecycleDocument';
import type { LifecycleRefusalType } from '../lifecycleRefusal';
import type { GuardName } from '../machine';
import type { LifecycleStatus } from '../statuses';
import type { TransitionContext } from '../transitionContext';

/** What a reaction sees: the document before the event, the event, and the transition chosen. */
export interface ReactionInput<T extends LifecycleEventType> {
  readonly document: LifecycleDocument;
  readonly event: EventOf<T>;
  readonly context: TransitionContext;
  readonly target: LifecycleStatus;
  /** The guard that chose this transition, if any. */
  readonly guard: GuardName | undefined;
}

/** The data an event writes into the document (xstate's `assign`), and why, for the audit. */
export type DocumentPatch = Partial<
  Pick<LifecycleDocument, 'approval' | 'lastRejection' | 'annulment' | 'trackingNumber'>
>;

export interface Reaction {
  readonly patch: DocumentPatch;
  /** Russian sentence: the audit reason, the timeline comment and the notification text. */
  readonly reason: string;
}

export type ReactionResult = Result<Reaction, LifecycleRefusalType>;
