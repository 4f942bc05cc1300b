import { DOCUMENTS_REGISTER, type DocumentRow } from '../../shared/registers';
import { fail, ok, type Result } from '../../shared/result';
import { annulDocument } from '../annul/annulDocument';
import { decideDocument } from '../approval/decideDocument';
import type { LifecyclePorts } from '../audit/lifecyclePorts';
import { RegisterTable } from '../audit/registerTable';
import type { AppendixGenerationPort } from '../card/cardPorts';
import { type AppendixOutcome, createAppendixFor } from '../card/createAppendixFor';
import type { DealContacts, DealReadError } from '../review/dealContacts';
import { type ConformanceCheck, sendDealForSigning } from '../review/sendDealForSigning';
import { startDealReview } from '../review/startDealReview';
import type { StaffAction } from './staffAction';

export interface StaffPorts {
  readonly lifecycle: LifecyclePorts;
  readonly dealContacts: (dealId: string) => Result<DealContacts, DealReadError>;
  readonly conformance: ConformanceCheck;
  /** «Создать приложение»: generation/generateAppendixForContract with the owner's services. */
  readonly appendix: AppendixGenerationPort;
}

/** What the card shows after an action: a sentence and anything a person should look at. */
export interface StaffActionReport {
  readonly message: string;
  readonly warnings: readonly string[];
}

/** What an action answers with: a report, or for «Создать приложение» the documents it made as well. */
export type StaffOutcome = StaffActionReport | AppendixOutcome;

/**
 * Carries out a contract-card action for the authenticated `actor`, with the owner's authority
 * (Drive sharing and locks can only be changed by the documents' owner, and generation copies
 * templates managers cannot open; see staffChannel.ts). Every refusal is a tagged Result with
 * the lifecycle's (or the card's) Russian reason; nothing is thrown.
 */
export function performStaffAction(ports: StaffPorts, request: StaffAction, actor: string): Result<StaffOutcome, string> {
  switch (request.action) {
    case 'create_appendix': {
      // The card showed the button from the registers as the viewer read them; the decision is
      // made again here, on the register as the owner reads it now, for the signed request's actor.
      const contract = contractRow(ports.lifecycle, request.number);
      if (contract.status === 'error') return contract;
      return createAppendixFor(ports.appendix, ports.lifecycle.log, { contract: contract.response, actor, seenDealDocuments: request.seenDealDocuments });
    }
    case 'approve':
    case 'reject': {
      const outcome = request.action === 'approve' ? 'approved' : 'rejected';
      const decided = decideDocument(ports.lifecycle, { number: request.number, actor, outcome, comment: request.comment });
      return decided.status === 'error' ? decided : ok({ message: decided.response.message, warnings: decided.response.warnings });
    }
    case 'annul': {
      const annulled = annulDocument(ports.lifecycle, { number: request.number, actor, reason: request.reason, replace: request.replace, channel: 'sidebar' });
      if (annulled.status === 'error') return annulled;
      const replacement = annulled.response.replacement;
      const made = replacement === null ? '' : ` Новый экземпляр: № ${replacement.number}.`;
      return ok({ message: `${annulled.response.message}${made}`, warnings: annulled.response.warnings });
    }
    case 'start_review':
    case 'send_for_signing': {
      const dealId = dealOf(ports.lifecycle, request.number);
      if (dealId.status === 'error') return dealId;
      if (request.action === 'send_for_signing') {
        const signed = sendDealForSigning(ports.lifecycle, dealId.response, ports.conformance, { channel: 'sidebar', only: request.number, actor });
        return signed.status === 'error' ? signed : ok({ message: signed.response.message, warnings: signed.response.warnings });
      }
      const deal = ports.dealContacts(dealId.response);
      if (deal.status === 'error') return deal;
      const reviewed = startDealReview(ports.lifecycle, deal.response, { channel: 'sidebar', only: request.number, actor });
      return reviewed.status === 'error' ? reviewed : ok({ message: reviewed.response.message, warnings: reviewed.response.warnings });
    }
  }
}

/** The deal a registered document belongs to (a read without the lock: the id never changes). */
function dealOf(ports: LifecyclePorts, number: string): Result<string, string> {
  const row = registeredRow(ports, number);
  if (row.status === 'error') return row;
  if (row.response === null) return fail('not_found', `Документ № ${number} не найден в реестре «Документы».`);
  return ok(row.response.dealId);
}

/** The contract a card's «Создать приложение» names, as the Documents register holds it now. */
function contractRow(ports: LifecyclePorts, number: string): Result<DocumentRow, string> {
  const row = registeredRow(ports, number);
  if (row.status === 'error') return row;
  // The card's own words for a number it cannot find (card/findCardDocument.ts).
  if (row.response === null) return fail('not_found', `Документ № ${number} не найден в реестре «Документы». Проверьте номер.`);
  return ok(row.response);
}

/** One document's Documents row, or null when the register has none (a read without the lock). */
function registeredRow(ports: LifecyclePorts, number: string): Result<DocumentRow | null, string> {
  const documents = RegisterTable.read(ports.book, DOCUMENTS_REGISTER);
  if (documents.status === 'error') return documents;
  return ok(documents.response.find((candidate) => candidate.registryNumber === number)?.row ?? null);
}
