import { DOCUMENT_KIND_INFO } from '../../shared/kinds/documentKinds';
import type { DocumentRow } from '../../shared/registers';
import { fail, ok, type Result } from '../../shared/result';
import type { GenerationError } from '../generation/generationTypes';
import { mayCreateAppendix } from './allowedActions';
import type { AppendixGenerationPort, CardPorts } from './cardPorts';
import type { CardError } from './cardTypes';
import { locateDocument } from './locateDocument';

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

/** More documents than any deal has; a larger count is not one a card sent. */
const MAX_DEAL_DOCUMENTS = 100_000;

/**
 * «Создать приложение» on a contract's card (generation/generateAppendixForContract.ts): the
 * catalogue first — new products may make the next specification or a new set — and otherwise
 * the next numbered annex to this contract. `seenDealDocuments` is the card's dealDocumentCount,
 * so a double click makes one annex. Refused, with the reason, on a card that is not a
 * contract's, on an annulled contract, and for anyone but the responsible manager.
 */
export function createAppendixFor(
  ports: CardPorts,
  generation: AppendixGenerationPort,
  ref: unknown,
  seenDealDocuments: unknown,
): Result<AppendixOutcome, AppendixError> {
  if (typeof seenDealDocuments !== 'number' || !Number.isInteger(seenDealDocuments) || seenDealDocuments < 0 || seenDealDocuments > MAX_DEAL_DOCUMENTS) {
    return fail('invalid_input', 'Карточка устарела: обновите её и нажмите «Создать приложение» ещё раз.');
  }
  const located = locateDocument(ports, ref);
  if (located.status === 'error') return located;
  const { row } = located.response;
  if (!mayCreateAppendix(row, ports.viewer)) return fail('not_allowed', refusal(row, ports.viewer));
  const outcome = generation.createAppendix({ contractNumber: row.registryNumber, dealId: row.dealId, seenDealDocuments, requestedBy: ports.viewer });
  if (outcome.status === 'error') return outcome;
  const { documents, status, warnings } = outcome.response;
  ports.log.info('Appendix requested from the card', { number: row.registryNumber, dealId: row.dealId, by: ports.viewer, status });
  const created = documents.map((document) => ({ number: document.registryNumber, title: document.title, url: document.url }));
  const titles = created.map((document) => document.title).join('; ');
  const message =
    status === 'generated'
      ? `Сформировано: ${titles}.`
      : `Уже сформировано, пока карточка была открыта: ${titles}. Если нужно ещё одно приложение, нажмите кнопку ещё раз.`;
  return ok({ dealId: row.dealId, created, message, warnings });
}

function refusal(row: DocumentRow, viewer: string): string {
  if (!mayCreateAppendix({ ...row, manager: viewer }, viewer)) {
    if (row.status === 'annulled') {
      const next = row.replacementNumber === null ? '' : ` Работайте с новым экземпляром № ${row.replacementNumber}.`;
      return `Договор № ${row.registryNumber} аннулирован: приложения к нему не создаются.${next}`;
    }
    return `«Создать приложение» есть только в карточке договора, а № ${row.registryNumber} — ${DOCUMENT_KIND_INFO[row.kind].title.toLowerCase()}.`;
  }
  return `Приложение к договору № ${row.registryNumber} создаёт ответственный менеджер (${row.manager}), а не ${viewer}.`;
}
