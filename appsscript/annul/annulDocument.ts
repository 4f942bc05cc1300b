import { LIFECYCLE_STATUS_TITLES, type LifecycleStatus } from '../../shared/lifecycle';
import { ok, type Result } from '../../shared/result';
import type { AuditChannel } from '../audit/auditRegister';
import type { LifecyclePorts } from '../audit/lifecyclePorts';
import type { TransitionError } from '../audit/lifecycleSession';
import { runLifecycleReport, type SessionError } from '../audit/withLifecycleSession';

export interface AnnulInput {
  readonly number: string;
  readonly actor: string;
  readonly reason: string;
  /** Make a fresh copy with a new number in its place (the card's checkbox, on by default). */
  readonly replace: boolean;
  readonly channel: AuditChannel;
}

export interface AnnulReport {
  readonly number: string;
  readonly status: LifecycleStatus;
  readonly statusTitle: string;
  readonly message: string;
  /** The fresh copy that entered the process in its place, if one could be made. */
  readonly replacement: { readonly number: string; readonly url: string | null } | null;
  readonly warnings: readonly string[];
}

export type AnnulError = TransitionError | SessionError;

/**
 * Annul and re-issue (the contract card's action): allowed before the document is sent, by its
 * responsible manager or a director, with a reason. The document's title gets the mark
 * "АННУЛИРОВАН — ", it is locked read-only for everyone, a pending print job is withdrawn, the
 * registers record the reason, and a fresh copy with a new number is generated as a draft; the
 * annulled row names its replacement ("Заменён на").
 */
export function annulDocument(ports: LifecyclePorts, input: AnnulInput): Result<AnnulReport, AnnulError> {
  return runLifecycleReport(ports, (session): Result<AnnulReport, AnnulError> => {
    const applied = session.apply({ number: input.number, event: { type: 'annul', reason: input.reason, replace: input.replace }, actor: input.actor, channel: input.channel });
    if (applied.status === 'error') return applied;
    const { row, audit, replacement, warnings } = applied.response;
    return ok({
      number: row.registryNumber,
      status: row.status,
      statusTitle: LIFECYCLE_STATUS_TITLES[row.status],
      message: audit.reason,
      replacement: replacement === null ? null : { number: replacement.registryNumber, url: replacement.docUrl },
      warnings,
    });
  });
}
