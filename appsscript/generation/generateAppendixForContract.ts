import { fail, ok, type Result } from '../../shared/result';
import { withLock } from '../platform/lockPort';
import { requireTemplates } from './currentTemplates';
import { dealProductRows } from './dealProductRows';
import { GENERATION_LOCK_MS, generateFromCatalogue } from './generateForDeal';
import { readGenerationRegisters } from './generationRegisters';
import type { GenerationDeps, GenerationError, GenerationOutcome } from './generationTypes';
import { makeDocuments } from './makeDocuments';
import { annulledContractRefusal, planNextAnnex } from './planNextAnnex';
import { readGenerationInput, type GenerationInput } from './readGenerationInput';
import { registeredDocument } from './registeredDocument';
import { reportToDeal } from './reportToDeal';

export interface AppendixRequest {
  readonly contractNumber: string;
  readonly dealId: string;
  /**
   * How many Documents rows the deal had on the card the person pressed the button on. A press
   * that finds more (a double click, a second tab, a press while the first was running) makes
   * nothing and answers with the documents made since — the same answer as the first press.
   */
  readonly seenDealDocuments: number;
  /** Who pressed it (the reasons the register keeps say so). */
  readonly requestedBy: string;
}

type Outcome = Result<GenerationOutcome, GenerationError>;

/**
 * «Создать приложение» on a contract's card. The catalogue first: if generation for the deal makes
 * new documents (new products lead to a new specification, a new template version…), that is the
 * answer. When it makes nothing new, the next numbered annex to THIS contract (planNextAnnex.ts):
 * the deal's current rows and requisites, the current template, its own number and barcode,
 * registered and reported in the deal like any generation.
 *
 * Idempotency: one script lock around reading the registers, deciding and writing the rows, as
 * generation does; inside it, a press whose card is out of date (the deal has more documents than
 * it showed) creates nothing. Two presses from the same card, however close, make one annex; a
 * press after the card refreshed makes the next one.
 */
export function generateAppendixForContract(deps: GenerationDeps, request: AppendixRequest): Outcome {
  const input = readGenerationInput(deps, request.dealId);
  if (input.status === 'error') return input;
  const locked = withLock(deps.lock, GENERATION_LOCK_MS, () => appendixLocked(deps, input.response, request));
  return reportToDeal(deps, request.dealId, locked.status === 'error' ? locked : locked.response);
}

function appendixLocked(deps: GenerationDeps, input: GenerationInput, request: AppendixRequest): Outcome {
  const { dealId } = request;
  const registers = readGenerationRegisters(deps);
  if (registers.status === 'error') return registers;
  const { registered } = registers.response;
  const contract = registered.find((row) => row.registryNumber === request.contractNumber);
  if (contract === undefined || contract.dealId !== dealId) {
    return fail('appendix_not_planned', `Договор № ${request.contractNumber} сделки ${dealId} не найден в реестре «Документы».`);
  }
  // The card checked this before the lock; a contract annulled in the meantime gets no annex.
  if (contract.status === 'annulled') return fail('appendix_not_planned', annulledContractRefusal(contract));
  const dealDocuments = registered.filter((row) => row.dealId === dealId);
  if (dealDocuments.length > request.seenDealDocuments) {
    deps.log.info('Appendix press on an out-of-date card: nothing made', { dealId, seen: request.seenDealDocuments, now: dealDocuments.length });
    return ok({ dealId, status: 'already_generated', documents: dealDocuments.slice(request.seenDealDocuments).map(registeredDocument), warnings: [] });
  }
  const dealRows = dealProductRows(input.bundle);
  const fromCatalogue = generateFromCatalogue(deps, input, registers.response, dealRows);
  if (fromCatalogue.status === 'error' || fromCatalogue.response.status === 'generated') return fromCatalogue;

  const annex = planNextAnnex({ contract, rows: dealRows.rows, registered, catalogue: deps.catalogue, requestedBy: request.requestedBy });
  if (annex.status === 'error') return annex;
  const templates = requireTemplates(registers.response.templates, [annex.response.templateKey]);
  if (templates.status === 'error') return templates;
  const made = makeDocuments(deps, { ...input, dealRows, registered, planned: [annex.response], templates: templates.response });
  if (made.status === 'error') return made;
  return ok({ dealId, status: 'generated', documents: made.response.documents, warnings: made.response.warnings });
}
