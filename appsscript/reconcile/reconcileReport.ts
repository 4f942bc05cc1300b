import type { ReconcileReport } from './runReconciliation';

/** The administrator's e-mail after a pass that found something: what was repaired, what was not. */
export function reconcileReportMail(report: ReconcileReport): { subject: string; body: string } {
  const lines: string[] = [`Docflow сверил с реестрами сделки Битрикс24, изменённые за последние часы (проверено сделок: ${report.dealsChecked}).`];
  if (report.generated.length > 0) {
    lines.push('', 'Сформированы документы, которых не было (робот стадии не сработал или событие потерялось):');
    for (const item of report.generated) lines.push(`• сделка ${item.dealId}: ${item.numbers.join(', ')}`);
  }
  if (report.moved.length > 0) {
    lines.push('', 'Переведены на финальную стадию (все подписанные экземпляры вернулись):');
    for (const item of report.moved) lines.push(`• сделка ${item.dealId} → ${item.stage}`);
  }
  if (report.timelineRepaired.length > 0) {
    lines.push('', 'Дописаны недостающие записи в ленту сделки:');
    for (const item of report.timelineRepaired) lines.push(`• сделка ${item.dealId}: ${item.numbers.join(', ')}`);
  }
  if (report.problems.length > 0) {
    lines.push('', 'Не получилось:');
    for (const problem of report.problems) lines.push(`• ${problem}`);
  }
  const subject =
    report.status === 'repaired' ? 'Docflow: сверка с Битрикс24 — исправления' : 'Docflow: сверка с Битрикс24 — есть проблемы';
  return { subject, body: lines.join('\n') };
}
