import { fail, ok, type Result } from '../../shared/result';

/** More documents than any deal has; a larger count is not one a card sent. */
const MAX_DEAL_DOCUMENTS = 100_000;

/**
 * The `dealDocumentCount` a card sends back with «Создать приложение» (the double-press guard of
 * generation/generateAppendixForContract.ts). Anything else than a count a card could have shown
 * means the page is not the card this server built: it is refused, and the person refreshes it.
 */
export function readSeenDealDocuments(value: unknown): Result<number, 'invalid_input'> {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_DEAL_DOCUMENTS) {
    return fail('invalid_input', 'Карточка устарела: обновите её и нажмите «Создать приложение» ещё раз.');
  }
  return ok(value);
}
