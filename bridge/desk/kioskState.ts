import type { ScanMode } from '../../shared/protocol';
import type { PrintJobProgress, ScannerStatus } from '../core/busEvents';
import type { EventBus } from '../core/eventBus';
import type { Extension } from '../core/extension';
import type { PrinterRole, PrinterStatus } from '../core/printerStatus';
import type { Outbox, RejectedRow } from '../store/outbox';
import type { LocalIndex } from '../store/localIndex';
import type { LinkState } from '../sync/linkState';
import type { EnvelopeView } from './envelopeView';
import type { ScanOutcome } from './scanOutcome';

/** Everything the kiosk page shows, in one object (GET /api/state, and the WebSocket feed). */
export interface KioskSnapshot {
  readonly desk: string;
  readonly bridgeId: string;
  readonly mode: ScanMode;
  readonly envelope: EnvelopeView | null;
  /** Newest first. */
  readonly scans: readonly ScanOutcome[];
  readonly printers: Readonly<Record<PrinterRole, PrinterStatus>>;
  readonly scanner: ScannerStatus;
  readonly link: LinkState;
  readonly outbox: { readonly pending: number; readonly rejected: number; readonly recentRejected: readonly RejectedRow[] };
  readonly index: { readonly entries: number };
  /** Newest first. */
  readonly printJobs: readonly PrintJobProgress[];
}

export interface KioskStateDeps {
  readonly bus: EventBus;
  readonly outbox: Outbox;
  readonly index: LocalIndex;
  readonly desk: string;
  readonly bridgeId: string;
  readonly mode: () => ScanMode;
  readonly envelope: () => EnvelopeView | null;
  readonly link: () => LinkState;
  readonly initialPrinters: Readonly<Record<PrinterRole, PrinterStatus>>;
  readonly initialScanner: ScannerStatus;
}

const RECENT_SCANS = 30;
const RECENT_JOBS = 10;
const RECENT_REJECTED = 10;

/**
 * Follows the bus and keeps what the kiosk shows: the recent scans (updated as the script
 * accepts or rejects them and as their labels print), printer and scanner states, the link,
 * the outbox depth. Listeners (the WebSocket feed) hear about every change.
 */
export class KioskState implements Extension {
  readonly name = 'kiosk-state';
  private scans: ScanOutcome[] = [];
  private printJobs: PrintJobProgress[] = [];
  private printers: Record<PrinterRole, PrinterStatus>;
  private scanner: ScannerStatus;
  private readonly changeListeners = new Set<() => void>();

  constructor(private readonly deps: KioskStateDeps) {
    this.printers = { ...deps.initialPrinters };
    this.scanner = deps.initialScanner;
  }

  start(): void {
    const { bus } = this.deps;
    bus.on('scanHandled', this.name, (outcome) => {
      this.scans = [outcome, ...this.scans].slice(0, RECENT_SCANS);
      this.changed();
    });
    bus.on('scansSettled', this.name, ({ settlements }) => {
      for (const settlement of settlements) {
        this.updateScan(settlement.eventKey, (scan) => ({
          ...scan,
          delivery: settlement.outcome,
          ...(settlement.outcome === 'rejected' ? { ok: false, message: 'Google отклонил скан', detail: settlement.detail ?? '' } : {}),
        }));
      }
      this.changed();
    });
    bus.on('returnConfirmed', this.name, ({ eventKey, deal }) => {
      this.updateScan(eventKey, (scan) => ({ ...scan, deal }));
      this.changed();
    });
    bus.on('labelChanged', this.name, ({ labelId, state, detail }) => {
      this.scans = this.scans.map((scan) => (scan.label?.labelId === labelId ? { ...scan, label: { labelId, state, detail } } : scan));
      this.changed();
    });
    bus.on('printerChanged', this.name, (status) => {
      this.printers = { ...this.printers, [status.printer]: status };
      this.changed();
    });
    bus.on('scannerChanged', this.name, (status) => {
      this.scanner = status;
      this.changed();
    });
    bus.on('printJobChanged', this.name, (job) => {
      this.printJobs = [job, ...this.printJobs.filter((item) => item.jobId !== job.jobId)].slice(0, RECENT_JOBS);
      this.changed();
    });
    for (const event of ['linkChanged', 'outboxChanged', 'envelopeChanged', 'modeChanged', 'indexChanged'] as const) {
      bus.on(event, this.name, () => this.changed());
    }
  }

  stop(): void {
    this.deps.bus.removeOwner(this.name);
  }

  /** Subscribes to "something the kiosk shows changed"; returns the unsubscribe function. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  snapshot(): KioskSnapshot {
    const counts = this.deps.outbox.counts();
    return {
      desk: this.deps.desk,
      bridgeId: this.deps.bridgeId,
      mode: this.deps.mode(),
      envelope: this.deps.envelope(),
      scans: this.scans,
      printers: this.printers,
      scanner: this.scanner,
      link: this.deps.link(),
      outbox: { pending: counts.pending, rejected: counts.rejected, recentRejected: this.deps.outbox.rejected(RECENT_REJECTED) },
      index: { entries: this.deps.index.size() },
      printJobs: this.printJobs,
    };
  }

  private updateScan(eventKey: string, update: (scan: ScanOutcome) => ScanOutcome): void {
    this.scans = this.scans.map((scan) => (scan.eventKey === eventKey ? update(scan) : scan));
  }

  private changed(): void {
    for (const listener of [...this.changeListeners]) listener();
  }
}
