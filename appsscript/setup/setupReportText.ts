import type { SetupReport } from './runSetup';

/** What the administrator reads after Setup (Russian), with the addresses to paste into Bitrix24. */
export function setupReportText(report: SetupReport, webAppUrl: string, robotSecret: string): string {
  const lines: string[] = ['Настройка Docflow выполнена.'];
  if (report.createdFolders.length > 0) lines.push(`Созданы папки: ${report.createdFolders.join(', ')}.`);
  if (report.createdSheets.length > 0) lines.push(`Созданы листы: ${report.createdSheets.join(', ')}.`);
  if (report.addedColumns.length > 0) lines.push(`Добавлены столбцы: ${report.addedColumns.join('; ')}.`);
  const installed = report.templates.filter((t) => t.status === 'imported' || t.status === 'upgraded');
  lines.push(installed.length > 0 ? `Установлены шаблоны: ${installed.map((t) => `${t.key}@${t.version}`).join(', ')}.` : 'Шаблоны не изменились.');
  if (report.missingConfiguration.length > 0) lines.push(`Не заданы свойства скрипта: ${report.missingConfiguration.join(', ')}.`);
  for (const problem of report.problems) lines.push(`⚠ ${problem}`);
  if (webAppUrl !== '') {
    lines.push('', 'Адреса для Битрикс24:');
    lines.push(`робот «Вебхук» на стадии формирования документов: ${webAppUrl}?route=bitrix-robot&secret=${encodeURIComponent(robotSecret)}`);
    lines.push(`исходящий вебхук (ONCRMDEALUPDATE): ${webAppUrl}?route=bitrix-event`);
  } else {
    lines.push('', 'Разверните скрипт как веб-приложение (Развернуть → Новое развёртывание), затем запустите Настройку снова, чтобы увидеть адреса для Битрикс24.');
  }
  return lines.join('\n');
}
