import { ACCESS_POLICY, documentPeople, LIFECYCLE_STATUS_TITLES } from '../../shared/lifecycle';
import { fail, ok, type Result } from '../../shared/result';
import type { LifecyclePorts } from '../audit/lifecyclePorts';
import { withLifecycleSession } from '../audit/withLifecycleSession';
import { applyAccessPolicy } from './applyAccessPolicy';

export interface AccessRepair {
  readonly number: string;
  readonly statusTitle: string;
  /** How many Drive changes it took (0: Drive already matched the policy). */
  readonly changes: number;
  readonly message: string;
}

/**
 * Reconciles one document's Drive sharing and content lock to the access policy of its current
 * status, changing nothing in the registers: the administrator's repair after hand-made drift
 * (someone shared an approved contract by hand, a lock was lifted). Run as the documents' owner.
 */
export function repairDocumentAccess(ports: LifecyclePorts, number: string): Result<AccessRepair, string> {
  const run = withLifecycleSession(ports, (session): Result<AccessRepair, string> => {
    const entry = session.entry(number);
    if (entry === undefined) return fail('not_found', `Документ № ${number} не найден в реестре «Документы».`);
    const fileId = entry.row.driveFileId;
    if (fileId === null) return fail('no_file', `У документа № ${number} нет файла на Google Диске.`);
    const document = session.lifecycleDocument(entry.row);
    const applied = applyAccessPolicy(ports.sharing, ports.log, fileId, document.status, documentPeople(document, session.roles));
    if (applied.status === 'error') return applied;
    const changes = applied.response.operations.length;
    const status = LIFECYCLE_STATUS_TITLES[document.status];
    const row = ACCESS_POLICY[document.status];
    ports.log.info('Access repaired', { number, status: document.status, operations: applied.response.operations });
    return ok({
      number,
      statusTitle: status,
      changes,
      message: changes === 0 ? `Доступ к № ${number} уже соответствует статусу «${status}».` : `Доступ к № ${number} приведён к статусу «${status}» (изменений: ${changes}; блокировка: ${row.contentLock.readOnly ? 'да' : 'нет'}).`,
    });
  });
  if (run.status === 'error') return run;
  return run.response.value;
}
