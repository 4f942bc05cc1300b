import { type ConformanceOutcome, LIFECYCLE_STATUS_TITLES, type LifecycleStatus } from '../../shared/lifecycle';
import type { DocumentRow } from '../../shared/registers';
import { fail, ok, type Result } from '../../shared/result';
import type { AuditChannel } from '../audit/auditRegister';
import type { LifecyclePorts } from '../audit/lifecyclePorts';
import type { LifecycleSession, TransitionError } from '../audit/lifecycleSession';
import { runLifecycleReport, type SessionError } from '../audit/withLifecycleSession';

/** Decides, for one document under client review, whether only its requisites changed. */
export type ConformanceCheck = (row: DocumentRow, registered: readonly DocumentRow[]) => ConformanceOutcome;

export interface SignedDocument {
  readonly number: string;
  readonly status: LifecycleStatus;
  readonly statusTitle: string;
  /** The audit sentence: why approved at once, or which route it entered. */
  readonly reason: string;
}

export interface SigningReport {
  readonly dealId: string;
  /** What happened, in Russian (the sidebar shows it). */
  readonly message: string;
  readonly documents: readonly SignedDocument[];
  readonly problems: readonly string[];
  readonly warnings: readonly string[];
}

export type SigningError = SessionError | TransitionError | 'nothing_to_sign';

/** Who asks: the stage robot (every document under review, for each one's manager) or a person for one document. */
export interface SigningRequest {
  readonly channel: AuditChannel;
  /** One document only (the sidebar); every document under client review when absent. */
  readonly only?: string;
  /** The authenticated person; absent for the robot, which acts for each document's manager. */
  readonly actor?: string;
}

/**
 * Send for signing (the signing stage's robot): for every document of the deal under client
 * review the client's link is closed (the access policy removes the permission), then the
 * conformance check decides — only the requisites differ from the template rendered with the
 * same data → approved at once (locked, PDF, print job; the audit says why); otherwise internal
 * approval along the kind's route, first approver notified. Kinds without a route are approved.
 */
export function sendDealForSigning(ports: LifecyclePorts, dealId: string, conformance: ConformanceCheck, request: SigningRequest): Result<SigningReport, SigningError> {
  return runLifecycleReport(ports, (session) => signLocked(session, dealId, conformance, request));
}

function signLocked(session: LifecycleSession, dealId: string, conformance: ConformanceCheck, request: SigningRequest): Result<SigningReport, SigningError> {
  const { channel, only } = request;
  // One document (the sidebar): whatever its status, so the lifecycle's own refusal comes back.
  const candidates = session.dealDocuments(dealId).filter((row) => (only === undefined ? row.status === 'client_review' : row.registryNumber === only));
  if (candidates.length === 0) {
    const detail = 'В сделке нет документов на согласовании у клиента: отправлять на подписание нечего.';
    session.outbox.comment(dealId, detail);
    return fail('nothing_to_sign', detail);
  }
  const documents: SignedDocument[] = [];
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const row of candidates) {
    // Only a document under client review can go; for any other the lifecycle refuses, unchecked.
    const outcome = row.status === 'client_review' ? conformance(row, session.documents) : { requisitesOnly: false, reason: 'не проверялось' };
    const applied = session.apply({ number: row.registryNumber, event: { type: 'send_for_signing', conformance: outcome }, actor: request.actor ?? row.manager, channel });
    if (applied.status === 'error' && only !== undefined) return fail(applied.type, applied.detail);
    if (applied.status === 'error') {
      problems.push(`№ ${row.registryNumber}: ${applied.detail}`);
      continue;
    }
    const after = applied.response.row;
    warnings.push(...applied.response.warnings);
    documents.push({ number: after.registryNumber, status: after.status, statusTitle: LIFECYCLE_STATUS_TITLES[after.status], reason: applied.response.audit.reason });
  }
  if (documents.length > 0) session.outbox.comment(dealId, 'Ссылки для комментариев клиента закрыты: документы переданы на подписание.');
  if (problems.length > 0) session.outbox.comment(dealId, `Не переданы на подписание:\n${problems.join('\n')}`);
  const message =
    documents.length === 0 ? `Документы не переданы на подписание:\n${problems.join('\n')}` : documents.map((document) => `№ ${document.number}: ${document.reason}`).join('\n');
  return ok({ dealId, message, documents, problems, warnings });
}
