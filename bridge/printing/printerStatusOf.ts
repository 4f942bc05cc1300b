import type { PrinterStatus as IppStatus } from '../devices/printers';
import type { PrinterRole, PrinterStatus } from '../core/printerStatus';

/** The device layer's IPP printer status, as the kiosk shows it. */
export function printerStatusOf(printer: PrinterRole, status: IppStatus, at: number): PrinterStatus {
  const checkedAt = new Date(at).toISOString();
  const problems = status.problems.map((problem) => problem.text);
  if (status.ready) {
    const detail = status.state === 'processing' ? 'Печатает' : problems.length > 0 ? `Готов (${problems.join(', ')})` : 'Готов';
    return { printer, state: status.state === 'processing' ? 'busy' : 'ready', detail, checkedAt };
  }
  const detail = problems.length > 0 ? problems.join(', ') : status.state === 'stopped' ? 'Остановлен' : 'Не принимает задания';
  return { printer, state: 'attention', detail, checkedAt };
}

export function unreachableStatus(printer: PrinterRole, detail: string, at: number): PrinterStatus {
  return { printer, state: 'offline', detail, checkedAt: new Date(at).toISOString() };
}

export function notConfiguredStatus(printer: PrinterRole, at: number): PrinterStatus {
  return { printer, state: 'not_configured', detail: 'не настроен', checkedAt: new Date(at).toISOString() };
}
