import type { LifecycleEventType } from './events';
import type { LifecycleStatus } from './statuses';

/** One line of the audit log; every successful transition yields exactly one. */
export interface AuditRecord {
  readonly documentId: string;
  readonly registryNumber: string;
  readonly event: LifecycleEventType;
  /** Who (normalised e-mail or device identity). */
  readonly actor: string;
  /** When (ISO 8601). */
  readonly at: string;
  readonly from: LifecycleStatus;
  readonly to: LifecycleStatus;
  /** Why, in Russian: the same sentence the deal timeline and notifications carry. */
  readonly reason: string;
}
