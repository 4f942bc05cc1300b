import { fail } from '../../shared/result';
import type { Bitrix24Rest } from '../bitrix24/bitrixRest';
import { generationDeps } from '../entry/services';
import { createReplacementDocument } from './createReplacementDocument';
import type { ReplacementPort } from './replacementPort';

/**
 * ReplacementPort with generation's real ports (entry/services.ts generationDeps). Without
 * Bitrix24 no replacement can be made (the deal is read again): null, and the annulment says so.
 */
export function appsReplacement(bitrix: Bitrix24Rest | null): ReplacementPort | null {
  if (bitrix === null) return null;
  return {
    create(request) {
      const deps = generationDeps();
      if (deps.status === 'error') return fail('replacement_failed', `Новый экземпляр не создан: ${deps.detail}`);
      return createReplacementDocument(deps.response, request);
    },
  };
}
