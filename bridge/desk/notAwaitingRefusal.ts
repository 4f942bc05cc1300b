import { LIFECYCLE_STATUS_TITLES, type LifecycleStatus } from '../../shared/lifecycle';
import type { Result } from '../../shared/result';
import type { ScriptError } from '../sync/scriptClient';
import { documentTitle } from './documentView';
import { refusal, type Refusal } from './refusals';

/**
 * Why an outgoing scan prints nothing when the number is not among the documents awaiting
 * mailing, even after the index caught up: in the register's own words where the script could
 * say (`document_status`), in general terms where it could not.
 */
export function notAwaitingRefusal(documentNumber: string, answer: Result<LifecycleStatus | null, ScriptError>): Refusal {
  const title = documentTitle(documentNumber);
  if (answer.status === 'error') {
    return refusal(
      'unknown_document',
      `${title} не ждёт отправки: его нет среди документов, готовых к отправке. Проверьте статус документа в реестре. Ничего не напечатано.`,
    );
  }
  const status = answer.response;
  switch (status) {
    case null:
      return refusal(
        'unknown_document',
        `Документа ${documentNumber} нет в реестре Docflow. Проверьте, тот ли это документ: номер мог быть напечатан не нами. Ничего не напечатано.`,
      );
    case 'sent':
      return refusal('already_sent', `${title} уже отмечен отправленным. Наклейка не печатается.`);
    case 'returned':
      return refusal('already_returned', `${title} уже вернулся подписанным. Наклейка не печатается.`);
    case 'annulled':
      return refusal('not_ready_for_mailing', `${title} аннулирован — его не отправляют. Наклейка не печатается.`);
    case 'approved':
    case 'printed':
      // Mailable, yet the delta did not bring it: its row changed after this very catch-up.
      return refusal(
        'unknown_document',
        `${title} готов к отправке, но мост ещё не получил его адрес. Отсканируйте ещё раз через минуту. Ничего не напечатано.`,
      );
    default:
      return refusal(
        'not_ready_for_mailing',
        `${title} в статусе «${LIFECYCLE_STATUS_TITLES[status]}» — его ещё нельзя отправлять. Наклейка не печатается.`,
      );
  }
}
