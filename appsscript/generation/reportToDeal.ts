import type { Result } from '../../shared/result';
import { dealComment, dealLogMessage } from '../bitrix24/timelineCommands';
import { failureComment, GENERATED_LOG_TITLE, generationLogText, linksComment } from './dealReport';
import type { GenerationDeps, GenerationError, GenerationOutcome } from './generationTypes';

/** How long the same failure is not repeated in a deal's timeline (a robot call and an event arrive together). */
const FAILURE_QUIET_SECONDS = 600;

/**
 * Tells the deal what a generation did, in ONE Bitrix24 batch: for new documents a timeline
 * comment with the links and a log message with what was made, from which template version and
 * why; for a failure one comment in Russian saying what to fix. Bitrix24 being unreachable turns
 * into a warning: the documents are in the register all the same.
 */
export function reportToDeal(
  deps: GenerationDeps,
  dealId: string,
  outcome: Result<GenerationOutcome, GenerationError>,
): Result<GenerationOutcome, GenerationError> {
  if (outcome.status === 'error') {
    reportFailure(deps, dealId, outcome.detail);
    return outcome;
  }
  if (outcome.response.status !== 'generated') return outcome;
  const titles = new Map(deps.catalogue.templates.map((template) => [template.key, template.title]));
  const written = tellManager(deps, dealId, [
    { method: 'comment', text: linksComment(outcome.response.documents) },
    { method: 'log', text: generationLogText(outcome.response.documents, titles) },
  ]);
  if (written) return outcome;
  return {
    status: 'success',
    response: {
      ...outcome.response,
      warnings: [...outcome.response.warnings, 'Ссылки на документы не записаны в сделку: Битрикс24 недоступен. Документы есть в реестре.'],
    },
  };
}

function reportFailure(deps: GenerationDeps, dealId: string, detail: string): void {
  const key = `docflow.failure.${dealId}`;
  if (deps.cache.get(key) === detail) return;
  if (tellManager(deps, dealId, [{ method: 'comment', text: failureComment(detail) }])) deps.cache.put(key, detail, FAILURE_QUIET_SECONDS);
}

type Message = { method: 'comment' | 'log'; text: string };

/** One batch to the deal's timeline; false (logged) when Bitrix24 could not take it. */
function tellManager(deps: GenerationDeps, dealId: string, messages: readonly Message[]): boolean {
  const commands = Object.fromEntries(
    messages.map((message, index) => [
      `m${index}`,
      message.method === 'comment' ? dealComment(dealId, message.text) : dealLogMessage(dealId, GENERATED_LOG_TITLE, message.text),
    ]),
  );
  try {
    const batch = deps.rest.batch(commands);
    const errors = Object.keys(batch.errors);
    if (errors.length > 0) {
      deps.log.error('Bitrix24 refused timeline entries', { dealId, errors: batch.errors });
      return false;
    }
    return true;
  } catch (error) {
    deps.log.error('Bitrix24 timeline write failed', { dealId, error: String(error) });
    return false;
  }
}
