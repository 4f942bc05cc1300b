import { fail, ok, type Result } from '../../shared/result';
import { readComment, readDocumentNumber } from '../approval/readSidebarInput';
import { readSeenDealDocuments } from '../card/readSeenDealDocuments';

/**
 * What a person asks of a document from the contract card. The actor is never part of it: it is
 * the authenticated user of the execution that received the press (see staffChannel.ts).
 */
export type StaffAction =
  | { readonly action: 'start_review'; readonly number: string }
  | { readonly action: 'send_for_signing'; readonly number: string }
  | { readonly action: 'approve'; readonly number: string; readonly comment: string }
  | { readonly action: 'reject'; readonly number: string; readonly comment: string }
  | { readonly action: 'annul'; readonly number: string; readonly reason: string; readonly replace: boolean }
  /** «Создать приложение»: `seenDealDocuments` is the card's dealDocumentCount (the double-press guard). */
  | { readonly action: 'create_appendix'; readonly number: string; readonly seenDealDocuments: number };

export type StaffActionName = StaffAction['action'];

const NAMES: readonly StaffActionName[] = ['start_review', 'send_for_signing', 'approve', 'reject', 'annul', 'create_appendix'];

/**
 * Reads an action as it arrives from the sidebar (google.script.run carries anything) or from the
 * delegated request: the number in canonical form, texts trimmed and bounded. Emptiness of a
 * required text is left to the lifecycle, which says it in the words of the action.
 */
export function readStaffAction(value: unknown): Result<StaffAction, 'invalid_input'> {
  if (typeof value !== 'object' || value === null) return fail('invalid_input', 'Не указано действие с документом.');
  const record = value as { readonly [key: string]: unknown };
  const action = NAMES.find((name) => name === record['action']);
  if (action === undefined) return fail('invalid_input', 'Неизвестное действие с документом.');
  const number = readDocumentNumber(record['number']);
  if (number.status === 'error') return number;
  switch (action) {
    case 'start_review':
    case 'send_for_signing':
      return ok({ action, number: number.response });
    case 'approve':
    case 'reject': {
      const comment = readComment(record['comment'], 'Комментарий');
      return comment.status === 'error' ? comment : ok({ action, number: number.response, comment: comment.response });
    }
    case 'annul': {
      const reason = readComment(record['reason'], 'Причина аннулирования');
      if (reason.status === 'error') return reason;
      const replace = record['replace'] === undefined ? true : record['replace'];
      if (typeof replace !== 'boolean') return fail('invalid_input', 'Признак «создать новый экземпляр» должен быть да или нет.');
      return ok({ action, number: number.response, reason: reason.response, replace });
    }
    case 'create_appendix': {
      const seen = readSeenDealDocuments(record['seenDealDocuments']);
      return seen.status === 'error' ? seen : ok({ action, number: number.response, seenDealDocuments: seen.response });
    }
  }
}
