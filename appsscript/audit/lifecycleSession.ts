import type { RoleAssignments } from '../../shared/approval';
import {
  type Effect,
  type EventOf,
  type LifecycleDocument,
  type LifecycleEvent,
  type LifecycleRefusalType,
  documentPeople,
  transition,
} from '../../shared/lifecycle';
import type { ApprovalRow, DocumentRow } from '../../shared/registers';
import { fail, ok, type Result } from '../../shared/result';
import { type AccessError, applyAccessPolicy } from '../access/applyAccessPolicy';
import { messageOf } from '../access/sharingErrors';
import type { RegisterEntry } from '../registers/readRegister';
import { readSettings } from '../registers/settingsSheet';
import type { ExportedPdf } from '../printing/pdfPort';
import { cancelPrintJobs, queuePrintJob } from '../printing/printQueue';
import type { PrintJobRow } from '../printing/printQueueRegister';
import type { AuditChannel, AuditRow } from './auditRegister';
import { decisionRow } from './decisionRow';
import type { LifecyclePorts } from './lifecyclePorts';
import { lifecycleDocumentOf, type DocumentHistory } from './lifecycleDocumentOf';
import { markTitle } from './markTitle';
import { Outbox } from './outbox';
import type { RegisterTable } from './registerTable';

export interface TransitionRequest {
  readonly number: string;
  readonly event: LifecycleEvent;
  /** The authenticated person (or the bridge's identity); never taken from the event. */
  readonly actor: string;
  readonly channel: AuditChannel;
}

export interface AppliedTransition {
  readonly before: DocumentRow;
  readonly row: DocumentRow;
  readonly audit: AuditRow;
  readonly effects: readonly Effect[];
  /** Soft effects that failed (PDF, print queue, replacement): the transition stands. */
  readonly warnings: readonly string[];
  /** The draft made to replace an annulled document. */
  readonly replacement: DocumentRow | null;
}

export type TransitionError = LifecycleRefusalType | AccessError | 'not_found' | 'no_file' | 'title_failed';

export interface SessionTables {
  readonly documents: RegisterTable<DocumentRow>;
  readonly approvals: RegisterTable<ApprovalRow>;
  readonly audit: RegisterTable<AuditRow>;
  /** Read on first use: only approvals, annulments and the bridge need it. */
  readonly printQueue: () => Result<RegisterTable<PrintJobRow>, 'register_broken'>;
}

/**
 * One lifecycle operation under the script lock (see withLifecycleSession). `apply` is the only
 * way a document's status changes: it runs shared/lifecycle's `transition`, carries out the
 * effects Drive must accept first (the access policy, the annulment mark) and rolls them back
 * if Drive refuses, then persists the Documents row, the Approvals decision and the Audit row,
 * then the remaining effects (PDF, print queue, replacement) and queues what to tell people.
 * A refused transition changes nothing.
 */
export class LifecycleSession {
  readonly outbox = new Outbox();

  /** Who holds which role (the Settings sheet). */
  readonly roles: RoleAssignments;

  constructor(
    private readonly ports: LifecyclePorts,
    private readonly tables: SessionTables,
    /** The Settings sheet as getValues returns it (header first); empty without the sheet. */
    readonly settingsRows: readonly (readonly unknown[])[],
  ) {
    this.roles = settingsRows.length === 0 ? {} : readSettings(settingsRows).roles;
  }

  entry(number: string): RegisterEntry<DocumentRow> | undefined {
    return this.tables.documents.find((row) => row.registryNumber === number);
  }

  /** Every registered document of a deal, in register order. */
  dealDocuments(dealId: string): DocumentRow[] {
    return this.tables.documents.filter((row) => row.dealId === dealId);
  }

  get documents(): readonly DocumentRow[] {
    return this.tables.documents.entries.map((entry) => entry.row);
  }

  history(number: string): DocumentHistory {
    return {
      approvals: this.tables.approvals.filter((row) => row.documentNumber === number),
      audit: this.tables.audit.filter((row) => row.registryNumber === number),
    };
  }

  lifecycleDocument(row: DocumentRow): LifecycleDocument {
    return lifecycleDocumentOf(row, this.history(row.registryNumber), this.ports.owner);
  }

  printQueue(): Result<RegisterTable<PrintJobRow>, 'register_broken'> {
    return this.tables.printQueue();
  }

  apply(request: TransitionRequest): Result<AppliedTransition, TransitionError> {
    const { ports } = this;
    const entry = this.entry(request.number);
    if (entry === undefined) return fail('not_found', `Документ № ${request.number} не найден в реестре «Документы».`);
    const before = entry.row;
    const at = ports.clock.now().toISOString();
    const document = this.lifecycleDocument(before);
    const outcome = transition(document, request.event, { actor: request.actor, at, roles: this.roles });
    if (outcome.status === 'error') {
      ports.log.info('Transition refused', { number: request.number, event: request.event.type, actor: request.actor, type: outcome.type });
      return outcome;
    }
    const { document: next, effects, audit } = outcome.response;

    const hard = this.runHardEffects(before, document, effects);
    if (hard.status === 'error') return hard;

    const warnings: string[] = [];
    let row: DocumentRow = { ...before, status: next.status, statusSince: next.statusSince, updatedAt: at };
    const pdf = effects.some((effect) => effect.type === 'export_pdf') ? this.exportPdf(before, warnings) : null;
    if (pdf !== null) row = { ...row, pdfUrl: pdf.url };
    const annul = request.event.type === 'annul' ? request.event : undefined;
    if (annul !== undefined) row = { ...row, annulledReason: next.annulment?.reason ?? annul.reason.trim() };
    const replacement = effects.some((effect) => effect.type === 'create_replacement') && annul !== undefined ? this.replace(before, annul, at, warnings) : null;
    if (replacement !== null) row = { ...row, replacementNumber: replacement.registryNumber };

    this.tables.documents.update(entry, row);
    if (replacement !== null) this.tables.documents.append([replacement]);
    const decision = decisionRow(document, next, request.event);
    if (decision !== null) this.tables.approvals.append([decision]);
    const auditRow: AuditRow = { ...audit, channel: request.channel };
    this.tables.audit.append([auditRow]);

    for (const effect of effects) this.runSoftEffect(effect, row, pdf, at, warnings);
    if (replacement !== null) {
      this.outbox.comment(row.dealId, `Взамен аннулированного создан черновик № ${replacement.registryNumber}: ${replacement.docUrl ?? ''}`);
    }
    for (const warning of warnings) ports.log.warn('Transition completed with a warning', { number: request.number, warning });
    return ok({ before, row, audit: auditRow, effects, warnings, replacement });
  }

  /**
   * The access policy and the annulment mark, in the order the transition gave them. Drive must
   * accept these before anything is recorded; if it refuses, the title and the previous
   * status's access are restored (best effort) and the refusal is returned.
   */
  private runHardEffects(before: DocumentRow, document: LifecycleDocument, effects: readonly Effect[]): Result<true, TransitionError> {
    const hard = effects.filter((effect) => effect.type === 'apply_access_policy' || effect.type === 'mark_title_annulled');
    if (hard.length === 0) return ok(true);
    const fileId = before.driveFileId;
    if (fileId === null) {
      return fail('no_file', `У документа № ${before.registryNumber} нет файла на Google Диске: доступ к нему настроить нельзя.`);
    }
    let originalTitle: string | null = null;
    for (const effect of hard) {
      if (effect.type === 'mark_title_annulled') {
        const marked = markTitle(this.ports.sharing, fileId, effect.marker);
        if (marked.status === 'error') {
          this.ports.log.error('Annulment mark failed', { fileId, error: marked.detail });
          this.restore(fileId, document, null);
          return fail('title_failed', 'Не удалось пометить название документа как аннулированное: Google Диск отказал. Повторите; если ошибка повторится, сообщите администратору.');
        }
        originalTitle = marked.response;
        continue;
      }
      if (effect.type !== 'apply_access_policy') continue;
      const applied = applyAccessPolicy(this.ports.sharing, this.ports.log, fileId, effect.status, effect.people);
      if (applied.status === 'error') {
        this.restore(fileId, document, originalTitle);
        return applied;
      }
    }
    return ok(true);
  }

  private restore(fileId: string, document: LifecycleDocument, originalTitle: string | null): void {
    if (originalTitle !== null) {
      try {
        const lifted = this.ports.sharing.snapshot(fileId).contentRestriction.readOnly;
        if (lifted) this.ports.sharing.execute(fileId, { op: 'clear_content_restriction' });
        this.ports.sharing.rename(fileId, originalTitle);
      } catch (error) {
        this.ports.log.error('Could not restore the title', { fileId, error: messageOf(error) });
      }
    }
    const restored = applyAccessPolicy(this.ports.sharing, this.ports.log, fileId, document.status, documentPeople(document, this.roles));
    if (restored.status === 'error') this.ports.log.error('Could not restore the previous access', { fileId, status: document.status, type: restored.type });
  }

  private exportPdf(row: DocumentRow, warnings: string[]): ExportedPdf | null {
    if (row.driveFileId === null) return null;
    try {
      return this.ports.pdf.exportPdf(row.driveFileId);
    } catch (error) {
      this.ports.log.error('PDF export failed', { number: row.registryNumber, error: messageOf(error) });
      warnings.push('PDF не выгружен, поэтому задание печати не поставлено. Администратору: повторите выгрузку (подробности в журнале выполнения Docflow).');
      return null;
    }
  }

  private replace(original: DocumentRow, event: EventOf<'annul'>, at: string, warnings: string[]): DocumentRow | null {
    const { replacement } = this.ports;
    if (replacement === null) {
      warnings.push('Новый экземпляр взамен не создан автоматически: сформируйте документ заново из сделки.');
      return null;
    }
    const made = replacement.create({ original, reason: event.reason.trim(), at, registered: this.documents });
    if (made.status === 'error') {
      warnings.push(made.detail);
      return null;
    }
    return made.response;
  }

  private runSoftEffect(effect: Effect, row: DocumentRow, pdf: ExportedPdf | null, at: string, warnings: string[]): void {
    switch (effect.type) {
      case 'queue_print':
        if (pdf !== null) this.withPrintQueue(warnings, (queue) => queuePrintJob(queue, row.registryNumber, pdf, effect.copies, at));
        return;
      case 'cancel_print':
        this.withPrintQueue(warnings, (queue) => cancelPrintJobs(queue, row.registryNumber, at, 'Документ аннулирован'));
        return;
      case 'notify':
        this.outbox.notify({ to: effect.to, subject: effect.subject, message: `${effect.message}\n\nДокумент: ${row.docUrl ?? row.registryNumber}` });
        return;
      case 'timeline_comment':
        this.outbox.comment(row.dealId, effect.text);
        return;
      // Done before the row was written: the access policy, the mark, the PDF, the replacement.
      // share_client_link / close_client_link: the policy opened or closed the link; the
      // operation that asked (client review, signing) tells the client and the deal.
      case 'apply_access_policy':
      case 'mark_title_annulled':
      case 'export_pdf':
      case 'create_replacement':
      case 'share_client_link':
      case 'close_client_link':
        return;
    }
  }

  private withPrintQueue(warnings: string[], work: (queue: RegisterTable<PrintJobRow>) => void): void {
    const queue = this.tables.printQueue();
    if (queue.status === 'error') {
      this.ports.log.error('Print queue unreadable', { detail: queue.detail });
      warnings.push(`Очередь печати не прочитана: ${queue.detail}`);
      return;
    }
    work(queue.response);
  }
}
