export { ACCESS_POLICY, type AccessPolicyRow, type ContentLock, type GrantLevel } from './accessPolicy';
export type { AuditRecord } from './auditRecord';
export { documentPeople } from './documentPeople';
export type {
  AccessOperation,
  DocumentPeople,
  DriveAccessSnapshot,
  DriveContentRestriction,
  DrivePermission,
  DrivePermissionType,
  DriveRole,
} from './driveAccess';
export { ANNULLED_TITLE_MARKER, type Effect, type EffectType } from './effects';
export {
  type ConformanceOutcome,
  type EventOf,
  LIFECYCLE_EVENT_TITLES,
  type LifecycleEvent,
  type LifecycleEventType,
} from './events';
export {
  type Annulment,
  createDraftDocument,
  type LifecycleDocument,
  type NewDocumentFields,
  type RejectionNote,
} from './lifecycleDocument';
export type { LifecycleRefusal, LifecycleRefusalType } from './lifecycleRefusal';
export {
  type ActionName,
  type ActorRule,
  type GuardName,
  LIFECYCLE_MACHINE,
  type LifecycleMachine,
  type MachineState,
  type MachineTransition,
} from './machine';
export { planAccessReconciliation } from './planAccessReconciliation';
export { isLifecycleStatus, LIFECYCLE_STATUS_TITLES, LIFECYCLE_STATUSES, type LifecycleStatus } from './statuses';
export { transition, type TransitionOutcome } from './transition';
export { checkTransitionContext, type TransitionContext } from './transitionContext';
