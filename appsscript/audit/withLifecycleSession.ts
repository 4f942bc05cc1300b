import { APPROVALS_REGISTER, DOCUMENTS_REGISTER } from '../../shared/registers';
import { ok, type Result } from '../../shared/result';
import { withLock } from '../platform/lockPort';
import { readSettingsRows } from '../registers/settingsSheet';
import { PRINT_QUEUE_REGISTER, type PrintJobRow } from '../printing/printQueueRegister';
import { AUDIT_REGISTER } from './auditRegister';
import { flushOutbox } from './flushOutbox';
import { LifecycleSession } from './lifecycleSession';
import type { LifecyclePorts } from './lifecyclePorts';
import { RegisterTable } from './registerTable';

/** How long an operation waits for another one holding the registers (generation may hold them a while). */
export const LIFECYCLE_LOCK_TIMEOUT_MS = 60_000;

export interface SessionOutcome<T> {
  readonly value: T;
  /** What could not be delivered afterwards (timeline, notifications): the changes themselves stand. */
  readonly warnings: readonly string[];
}

export type SessionError = 'busy' | 'register_broken';

/**
 * Runs `work` with a LifecycleSession holding the script lock: the registers are read once
 * (Documents, Approvals, Audit, Settings; the Print queue on demand), every change goes through
 * the session, and what the operation has to tell people is sent after the lock is released.
 */
export function withLifecycleSession<T>(ports: LifecyclePorts, work: (session: LifecycleSession) => T): Result<SessionOutcome<T>, SessionError> {
  let session: LifecycleSession | undefined;
  const locked = withLock(ports.lock, LIFECYCLE_LOCK_TIMEOUT_MS, (): Result<T, SessionError> => {
    const documents = RegisterTable.read(ports.book, DOCUMENTS_REGISTER);
    if (documents.status === 'error') return documents;
    const approvals = RegisterTable.read(ports.book, APPROVALS_REGISTER);
    if (approvals.status === 'error') return approvals;
    const audit = RegisterTable.read(ports.book, AUDIT_REGISTER);
    if (audit.status === 'error') return audit;
    let printQueue: Result<RegisterTable<PrintJobRow>, 'register_broken'> | undefined;
    const settingsRows = readSettingsRows(ports.book);
    session = new LifecycleSession(
      ports,
      {
        documents: documents.response,
        approvals: approvals.response,
        audit: audit.response,
        printQueue: () => (printQueue ??= RegisterTable.read(ports.book, PRINT_QUEUE_REGISTER)),
      },
      settingsRows,
    );
    return ok(work(session));
  });
  const outcome = locked.status === 'error' ? locked : locked.response;
  if (outcome.status === 'error') return outcome;
  const warnings = session === undefined ? [] : flushOutbox(session.outbox, ports);
  return ok({ value: outcome.response, warnings });
}

/**
 * withLifecycleSession for an operation that answers with a report of its own warnings: one
 * Result whose warnings are the operation's, then those of the delivery after the lock.
 */
export function runLifecycleReport<T extends { readonly warnings: readonly string[] }, E extends string>(
  ports: LifecyclePorts,
  work: (session: LifecycleSession) => Result<T, E>,
): Result<T, E | SessionError> {
  const run = withLifecycleSession(ports, work);
  if (run.status === 'error') return run;
  const report = run.response.value;
  if (report.status === 'error') return report;
  return ok({ ...report.response, warnings: [...report.response.warnings, ...run.response.warnings] });
}
