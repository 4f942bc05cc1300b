import { DOCUMENT_KIND_INFO } from '../../shared/kinds/documentKinds';
import type { DocumentRow } from '../../shared/registers';
import { fail, ok, type Result } from '../../shared/result';
import type { GenerationError } from '../generation/generationTypes';
import type { LogPort } from '../platform/logPort';
import { mayCreateAppendix } from './allowedActions';
import type { AppendixGenerationPort } from './cardPorts';
import type { CardError } from './cardTypes';
import { annulledContractRefusal } from '../generation/planNextAnnex';

export interface CreatedDocument {
  readonly number: string;
  readonly title: string;
  readonly url: string;
}

export interface AppendixOutcome {
  readonly dealId: string;
  /** What the press resulted in: documents made now, or by the same card's earlier press. */
  readonly created: readonly CreatedDocument[];
  /** What happened, in Russian, for the sidebar. */
  readonly message: string;
  readonly warnings: readonly string[];
}

export type AppendixError = CardError | GenerationError | 'internal_error';

/** A press of «Создать приложение», as the web app received it through the staff channel. */
export interface AppendixPress {
  /** The Documents row of the card's document, read by the owner's execution. */
  readonly contract: DocumentRow;
  /** Who pressed: the authenticated user of the sidebar's execution (access/staffChannel.ts). */
  readonly actor: string;
  /** The card's dealDocumentCount (readSeenDealDocuments.ts), for the double-press guard. */
  readonly seenDealDocuments: number;
}

/**
 * «Создать приложение» on a contract's card (generation/generateAppendixForContract.ts): the
 * catalogue first — new products may make the next specification or a new set — and otherwise
 * the next numbered annex to this contract. Refused, with the reason, on a card that is not a
 * contract's, on an annulled contract, and for anyone but the responsible manager; only then
 * does generation run (as the script owner, in the web app: access/performStaffAction.ts).
 */
export function createAppendixFor(generation: AppendixGenerationPort, log: LogPort, press: AppendixPress): Result<AppendixOutcome, AppendixError> {
  const { contract: row, actor, seenDealDocuments } = press;
  if (!mayCreateAppendix(row, actor)) return fail('not_allowed', refusal(row, actor));
  const outcome = generation.createAppendix({ contractNumber: row.registryNumber, dealId: row.dealId, seenDealDocuments, requestedBy: actor });
  if (outcome.status === 'error') return outcome;
  const { documents, status, warnings } = outcome.response;
  log.info('Appendix requested from the card', { number: row.registryNumber, dealId: row.dealId, by: actor, status });
  const created = documents.map((document) => ({ number: document.registryNumber, title: document.title, url: document.url }));
  const titles = created.map((document) => document.title).join('; ');
  const message =
    status === 'generated'
      ? `Сформировано: ${titles}.`
      : `Уже сформировано, пока карточка была открыта: ${titles}. Если нужно ещё одно приложение, нажмите кнопку ещё раз.`;
  return ok({ dealId: row.dealId, created, message, warnings });
}

function refusal(row: DocumentRow, actor: string): string {
  if (!mayCreateAppendix({ ...row, manager: actor }, actor)) {
    if (row.status === 'annulled') return annulledContractRefusal(row);
    return `«Создать приложение» есть только в карточке договора, а № ${row.registryNumber} — ${DOCUMENT_KIND_INFO[row.kind].title.toLowerCase()}.`;
  }
  return `Приложение к договору № ${row.registryNumber} создаёт ответственный менеджер (${row.manager}), а не ${actor}.`;
}
