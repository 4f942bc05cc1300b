import type { Result } from '../../shared/result';
import { BITRIX_ID_PATTERN } from '../../shared/bitrix';
import { generateForDeal } from '../generation/generateForDeal';
import type { GenerationError, GenerationOutcome } from '../generation/generationTypes';
import { appsLog } from '../platform/apps/appsServices';
import { generationDeps } from './services';

/**
 * Server function: generate a deal's documents on a person's request (the sidebar's
 * "Create appendix", the local stack). Same rules as the robot: idempotent, registered, reported
 * in the deal. Returns a tagged Result; never throws across google.script.run.
 */
export function generateDealDocuments(dealId: unknown): Result<GenerationOutcome, GenerationError | 'bad_request' | 'internal_error'> {
  const id = String(dealId ?? '').trim();
  if (!BITRIX_ID_PATTERN.test(id)) return { status: 'error', type: 'bad_request', detail: 'Укажите номер сделки Битрикс24 (целое число).' };
  try {
    const deps = generationDeps();
    return deps.status === 'error' ? deps : generateForDeal(deps.response, id, 'manual');
  } catch (error) {
    appsLog.error('Generation failed', { dealId: id, error: String(error), stack: error instanceof Error ? error.stack : undefined });
    return { status: 'error', type: 'internal_error', detail: 'Внутренняя ошибка Docflow; подробности в журнале выполнения.' };
  }
}
