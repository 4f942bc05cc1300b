import { fail, ok, type Result } from '../../shared/result';
import type { LifecyclePorts } from '../audit/lifecyclePorts';
import { withLifecycleSession } from '../audit/withLifecycleSession';

/**
 * Offers a failed print job to the bridge again (after someone refilled the paper): only for a
 * document still approved, whose job failed. Printed, pending and cancelled jobs are left alone.
 */
export function requeuePrintJob(ports: LifecyclePorts, number: string): Result<{ readonly message: string }, string> {
  const run = withLifecycleSession(ports, (session): Result<{ readonly message: string }, string> => {
    const document = session.entry(number)?.row;
    if (document === undefined) return fail('not_found', `Документ № ${number} не найден в реестре «Документы».`);
    if (document.status !== 'approved') return fail('not_applicable', `Печать повторяют только для утверждённого документа, а № ${number} в другом статусе.`);
    const queue = session.printQueue();
    if (queue.status === 'error') return queue;
    const failed = queue.response.entries.filter((entry) => entry.row.documentNumber === number && entry.row.status === 'failed');
    if (failed.length === 0) return fail('not_applicable', `У документа № ${number} нет задания печати с ошибкой.`);
    const at = ports.clock.now().toISOString();
    for (const entry of failed) queue.response.update(entry, { ...entry.row, status: 'pending', updatedAt: at, note: `Повтор после ошибки: ${entry.row.note ?? ''}`.trim() });
    session.outbox.comment(document.dealId, `Документ № ${number} снова поставлен в очередь печати.`);
    return ok({ message: `Документ № ${number} снова в очереди печати.` });
  });
  if (run.status === 'error') return run;
  return run.response.value;
}
