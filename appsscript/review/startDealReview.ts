import type { DocumentRow } from '../../shared/registers';
import { fail, ok, type Result } from '../../shared/result';
import { messageOf } from '../access/sharingErrors';
import type { AuditChannel } from '../audit/auditRegister';
import type { LifecyclePorts } from '../audit/lifecyclePorts';
import { titleOf } from '../audit/lifecycleDocumentOf';
import type { LifecycleSession, TransitionError } from '../audit/lifecycleSession';
import { runLifecycleReport, type SessionError } from '../audit/withLifecycleSession';
import { documentUrl } from '../platform/drivePort';
import { type LinkedDocument, reviewMail } from './clientReviewMail';
import type { DealContacts } from './dealContacts';

export interface ReviewReport {
  readonly dealId: string;
  /** What happened, in Russian (the sidebar shows it). */
  readonly message: string;
  /** Documents opened to the client now. */
  readonly started: readonly string[];
  /** Every document of the deal now under client review, with its link. */
  readonly underReview: readonly (LinkedDocument & { readonly number: string })[];
  /** Where the client's e-mail went; null when it was not sent (nothing new, or no address). */
  readonly mailedTo: string | null;
  /** Documents that could not be opened, each with the reason. */
  readonly problems: readonly string[];
  readonly warnings: readonly string[];
}

export type ReviewError = SessionError | TransitionError | 'nothing_to_review';

/** Who asks: the stage robot (for every draft, on behalf of each one's manager) or a person for one document. */
export interface ReviewRequest {
  readonly channel: AuditChannel;
  /** One document only (the sidebar); every draft of the deal when absent (the robot). */
  readonly only?: string;
  /** The authenticated person; absent for the robot, which acts for each document's manager. */
  readonly actor?: string;
}

/**
 * Client review for a deal (the review stage's robot): every draft of the deal goes to
 * client_review — the access policy opens an "anyone with the link" commenter permission and
 * keeps the manager editor — then the client gets ONE e-mail, built from the Settings sheet's
 * template, with the links of every document under review, and the deal's timeline records it.
 * A repeated call opens nothing new and sends no second e-mail. If the domain forbids link
 * sharing nothing is opened, and the manager reads in the deal's timeline what to do.
 */
export function startDealReview(ports: LifecyclePorts, deal: DealContacts, request: ReviewRequest): Result<ReviewReport, ReviewError> {
  return runLifecycleReport(ports, (session) => reviewLocked(ports, session, deal, request));
}

function reviewLocked(ports: LifecyclePorts, session: LifecycleSession, deal: DealContacts, request: ReviewRequest): Result<ReviewReport, ReviewError> {
  const { channel, only } = request;
  const started: string[] = [];
  const problems: string[] = [];
  const warnings: string[] = [];
  // One document (the sidebar): whatever its status, so the lifecycle's own refusal comes back.
  const chosen = session.dealDocuments(deal.dealId).filter((row) => (only === undefined ? row.status === 'draft' : row.registryNumber === only));
  for (const row of chosen) {
    const applied = session.apply({ number: row.registryNumber, event: { type: 'start_review' }, actor: request.actor ?? row.manager, channel });
    if (applied.status === 'error' && only !== undefined && applied.type !== 'link_sharing_forbidden') return fail(applied.type, applied.detail);
    if (applied.status === 'success') {
      started.push(row.registryNumber);
      warnings.push(...applied.response.warnings);
      continue;
    }
    if (applied.type === 'link_sharing_forbidden') {
      session.outbox.comment(deal.dealId, `Документы не отправлены клиенту. ${applied.detail}`);
      return fail('link_sharing_forbidden', applied.detail);
    }
    problems.push(`№ ${row.registryNumber}: ${applied.detail}`);
  }
  const underReview = session
    .dealDocuments(deal.dealId)
    .filter((row) => row.status === 'client_review')
    .map((row) => ({ number: row.registryNumber, title: titleOf(row), url: linkOf(row) }));
  if (started.length === 0 && underReview.length === 0) {
    const detail =
      problems.length > 0
        ? `Документы сделки не открыты клиенту:\n${problems.join('\n')}`
        : 'В сделке нет черновиков для согласования с клиентом: сначала сформируйте документы.';
    session.outbox.comment(deal.dealId, detail);
    return fail('nothing_to_review', detail);
  }
  let mailedTo: string | null = null;
  if (started.length > 0) mailedTo = tellClient(ports, session, deal, underReview, warnings);
  if (problems.length > 0) session.outbox.comment(deal.dealId, `Не открыты клиенту:\n${problems.join('\n')}`);
  const opened = started.length === 0 ? 'Новых документов для клиента нет.' : `Открыто клиенту для комментариев: ${started.join(', ')}.`;
  const mailed = mailedTo === null ? '' : ` Письмо со ссылками отправлено на ${mailedTo}.`;
  return ok({ dealId: deal.dealId, message: `${opened}${mailed}`, started, underReview, mailedTo, problems, warnings });
}

function tellClient(ports: LifecyclePorts, session: LifecycleSession, deal: DealContacts, documents: readonly LinkedDocument[], warnings: string[]): string | null {
  const list = documents.map((document) => `— ${document.title}: ${document.url}`).join('\n');
  if (deal.clientEmail === null) {
    session.outbox.comment(deal.dealId, `У компании клиента в Битрикс24 нет e-mail: письмо не отправлено. Отправьте клиенту ссылки для комментариев сами:\n${list}`);
    warnings.push('У компании клиента нет e-mail: отправьте ссылки клиенту сами.');
    return null;
  }
  const mail = reviewMail(session.settingsRows, deal, documents);
  try {
    ports.mail.send({
      to: [deal.clientEmail],
      subject: mail.subject,
      body: mail.body,
      ...(deal.managerEmail === '' ? {} : { replyTo: deal.managerEmail }),
      ...(deal.managerName === '' ? {} : { name: deal.managerName }),
    });
  } catch (error) {
    ports.log.error('Client review e-mail not sent', { dealId: deal.dealId, error: messageOf(error) });
    session.outbox.comment(deal.dealId, `Письмо клиенту на ${deal.clientEmail} не отправлено (${messageOf(error)}). Отправьте ссылки для комментариев сами:\n${list}`);
    warnings.push(`Письмо клиенту не отправлено: ${messageOf(error)}`);
    return null;
  }
  session.outbox.comment(deal.dealId, `Клиенту отправлено письмо на ${deal.clientEmail} со ссылками для комментариев:\n${list}`);
  return deal.clientEmail;
}

function linkOf(row: DocumentRow): string {
  return row.docUrl ?? (row.driveFileId === null ? '' : documentUrl(row.driveFileId));
}
