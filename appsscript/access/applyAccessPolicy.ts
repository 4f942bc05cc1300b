import { ACCESS_POLICY, type AccessOperation, type DocumentPeople, type LifecycleStatus, LIFECYCLE_STATUS_TITLES, planAccessReconciliation } from '../../shared/lifecycle';
import { fail, ok, type Result } from '../../shared/result';
import type { LogPort } from '../platform/logPort';
import type { DriveSharingPort } from './driveSharingPort';
import { isLinkSharingForbidden, messageOf } from './sharingErrors';

export type AccessError = 'link_sharing_forbidden' | 'access_failed' | 'incomplete_snapshot';

export interface AccessApplied {
  /** The operations run, in order (empty when Drive already matched the policy). */
  readonly operations: readonly AccessOperation[];
}

/** What the manager reads when the domain forbids "anyone with the link". */
export const LINK_SHARING_FORBIDDEN =
  'Настройки Google Workspace вашей организации запрещают доступ «Все, у кого есть ссылка», поэтому документ нельзя открыть клиенту по ссылке. ' +
  'Что сделать: попросите администратора Google Workspace разрешить общий доступ за пределами организации ' +
  '(Консоль администратора → Приложения → Google Workspace → Диск и Документы → Настройки общего доступа), затем повторите отправку клиенту; ' +
  'или отправьте клиенту PDF документа по почте сами. Статус документа не изменился.';

/**
 * Reconciles one file's Drive sharing and content restriction to ACCESS_POLICY[status]: read
 * the snapshot, plan (shared/lifecycle planAccessReconciliation: closes access before granting),
 * run the plan. Never throws: a refused `anyone` permission is `link_sharing_forbidden` with
 * what to do in Russian; any other Drive failure is `access_failed` (details in the log).
 * Idempotent, so running it again also repairs hand-made drift.
 */
export function applyAccessPolicy(
  drive: DriveSharingPort,
  log: LogPort,
  fileId: string,
  status: LifecycleStatus,
  people: DocumentPeople,
): Result<AccessApplied, AccessError> {
  let plan: readonly AccessOperation[];
  try {
    const planned = planAccessReconciliation(ACCESS_POLICY[status], people, drive.snapshot(fileId));
    if (planned.status === 'error') return planned;
    plan = planned.response;
  } catch (error) {
    log.error('Drive sharing could not be read', { fileId, status, error: messageOf(error) });
    return fail('access_failed', failedDetail(status));
  }
  for (const operation of plan) {
    try {
      drive.execute(fileId, operation);
    } catch (error) {
      log.error('Drive sharing operation failed', { fileId, status, operation, error: messageOf(error) });
      if (operation.op === 'add_permission' && operation.type === 'anyone' && isLinkSharingForbidden(error)) {
        return fail('link_sharing_forbidden', LINK_SHARING_FORBIDDEN);
      }
      return fail('access_failed', failedDetail(status));
    }
  }
  return ok({ operations: plan });
}

function failedDetail(status: LifecycleStatus): string {
  return `Не удалось настроить доступ к документу для статуса «${LIFECYCLE_STATUS_TITLES[status]}»: Google Диск отказал. Повторите действие; если ошибка повторится, сообщите администратору (подробности в журнале выполнения Docflow).`;
}
