import { ok, type Result } from '../../shared/result';
import { withLock } from '../platform/lockPort';
import { alreadyGenerated } from './alreadyGenerated';
import { dealProductRows, type DealRows } from './dealProductRows';
import { readGenerationRegisters, type GenerationRegisters } from './generationRegisters';
import type { GenerationDeps, GenerationError, GenerationOutcome, GenerationTrigger } from './generationTypes';
import { makeDocuments } from './makeDocuments';
import { planFromCatalogue } from './planFromCatalogue';
import { readGenerationInput, type GenerationInput } from './readGenerationInput';
import { registeredDocument } from './registeredDocument';
import { reportToDeal } from './reportToDeal';

/** How long a generation waits for another one holding the register (Apps Script runs 6 minutes at most). */
export const GENERATION_LOCK_MS = 120_000;

type Outcome = Result<GenerationOutcome, GenerationError>;

/**
 * Generates a deal's documents: the contract (or the next numbered annex under the client's
 * contract), its appendices and the invoice, each a Google Doc made from the current template,
 * registered as a draft, linked and explained in the deal's timeline.
 *
 * Bitrix24 requests: one batch to read everything (deal, rows, products and sections, both
 * parties, the manager) and one batch to write the links and the log message back — or one
 * comment saying what to fix. Nothing is thrown: every outcome is a tagged Result, and a
 * failure after documents were copied trashes them, so no partial set is left behind.
 */
export function generateForDeal(deps: GenerationDeps, dealId: string, trigger: GenerationTrigger): Outcome {
  const input = readGenerationInput(deps, dealId);
  if (input.status === 'error') return input;
  // Robots and events act only on the stage that generates (Settings, stage.generate): a robot URL
  // placed on other stages, and every other deal update, change nothing. A person asks explicitly.
  if (trigger !== 'manual' && input.response.bundle.deal.STAGE_ID !== input.response.settings.stages.generate) {
    return ok({ dealId, status: 'ignored', documents: [], warnings: [] });
  }
  const locked = withLock(deps.lock, GENERATION_LOCK_MS, () => generateLocked(deps, input.response));
  return reportToDeal(deps, dealId, locked.status === 'error' ? locked : locked.response);
}

/** Under the script lock, from reading the registers until the new rows are written. */
function generateLocked(deps: GenerationDeps, input: GenerationInput): Outcome {
  const registers = readGenerationRegisters(deps);
  if (registers.status === 'error') return registers;
  return generateFromCatalogue(deps, input, registers.response, dealProductRows(input.bundle));
}

/**
 * The catalogue's plan, the idempotency check (alreadyGenerated.ts), then the documents; the
 * caller holds the script lock and has read the registers. Also the first step of «Создать
 * приложение» (generateAppendixForContract.ts), so both answer to the catalogue first.
 */
export function generateFromCatalogue(deps: GenerationDeps, input: GenerationInput, registers: GenerationRegisters, dealRows: DealRows): Outcome {
  const { bundle, settings } = input;
  const dealId = String(bundle.deal.ID);
  const plan = planFromCatalogue(deps.catalogue, bundle, dealRows, registers);
  if (plan.status === 'error') return plan;
  const { planned, templates } = plan.response;
  const refs = templates.map((template) => ({ key: template.key, version: template.version }));
  const existing = alreadyGenerated(registers.registered, dealId, refs);
  if (existing !== null) return ok({ dealId, status: 'already_generated', documents: existing.map(registeredDocument), warnings: [] });
  const made = makeDocuments(deps, { bundle, dealRows, settings, registered: registers.registered, planned, templates });
  if (made.status === 'error') return made;
  return ok({ dealId, status: 'generated', documents: made.response.documents, warnings: made.response.warnings });
}
