import { DOCUMENTS_REGISTER } from '../../shared/registers';
import { fail, ok, type Result } from '../../shared/result';
import { annulDocument } from '../annul/annulDocument';
import { decideDocument } from '../approval/decideDocument';
import type { LifecyclePorts } from '../audit/lifecyclePorts';
import { RegisterTable } from '../audit/registerTable';
import type { DealContacts, DealReadError } from '../review/dealContacts';
import { type ConformanceCheck, sendDealForSigning } from '../review/sendDealForSigning';
import { startDealReview } from '../review/startDealReview';
import type { StaffAction } from './staffAction';

export interface StaffPorts {
  readonly lifecycle: LifecyclePorts;
  readonly dealContacts: (dealId: string) => Result<DealContacts, DealReadError>;
  readonly conformance: ConformanceCheck;
}

/** What the card shows after an action: a sentence and anything a person should look at. */
export interface StaffActionReport {
  readonly message: string;
  readonly warnings: readonly string[];
}

/**
 * Carries out a contract-card action for the authenticated `actor`, with the owner's authority
 * (Drive sharing and locks can only be changed by the documents' owner; see staffChannel.ts).
 * Every refusal is a tagged Result with the lifecycle's Russian reason; nothing is thrown.
 */
export function performStaffAction(ports: StaffPorts, request: StaffAction, actor: string): Result<StaffActionReport, string> {
  switch (request.action) {
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
  const documents = RegisterTable.read(ports.book, DOCUMENTS_REGISTER);
  if (documents.status === 'error') return documents;
  const row = documents.response.find((candidate) => candidate.registryNumber === number)?.row;
  if (row === undefined) return fail('not_found', `Документ № ${number} не найден в реестре «Документы».`);
  return ok(row.dealId);
}
