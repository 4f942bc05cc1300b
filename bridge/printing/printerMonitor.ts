import type { LabelPrinterPort, DuplexPrinterPort } from '../core/devicePorts';
import type { EventBus } from '../core/eventBus';
import type { Extension } from '../core/extension';
import type { Logger } from '../core/logger';
import type { PrinterStatus } from '../core/printerStatus';
import { PeriodicTask } from '../sync/periodicTask';

export interface PrinterMonitorDeps {
  readonly label: LabelPrinterPort | null;
  readonly duplex: DuplexPrinterPort | null;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly intervalMs: number;
}

/** Asks the printers how they are (IPP Get-Printer-Attributes) every `intervalMs`, for the kiosk. */
export class PrinterMonitor implements Extension {
  readonly name = 'printer-monitor';
  private readonly task: PeriodicTask;
  private readonly last = new Map<string, string>();

  constructor(private readonly deps: PrinterMonitorDeps) {
    this.task = new PeriodicTask(this.name, () => this.check(), deps.logger);
  }

  start(): void {
    this.task.start();
  }

  stop(): Promise<void> {
    return this.task.stop();
  }

  private async check(): Promise<number> {
    const checks: Promise<PrinterStatus>[] = [];
    if (this.deps.label !== null) checks.push(this.deps.label.status());
    if (this.deps.duplex !== null) checks.push(this.deps.duplex.status());
    for (const status of await Promise.all(checks)) {
      const key = `${status.state}|${status.detail}`;
      if (this.last.get(status.printer) === key) continue;
      this.last.set(status.printer, key);
      this.deps.bus.emit('printerChanged', status);
    }
    return this.deps.intervalMs;
  }
}
