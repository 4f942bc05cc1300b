import { DOCUMENT_KIND_INFO } from '../../shared/kinds/documentKinds';
import type { ScanSettlement } from '../core/busEvents';
import type { EventBus } from '../core/eventBus';
import type { Extension } from '../core/extension';
import type { LocalIndex } from '../store/localIndex';
import type { DealProgress } from './scanOutcome';

export interface SettlementRecorderDeps {
  readonly index: LocalIndex;
  readonly bus: EventBus;
  readonly now?: () => number;
}

/**
 * Carries what the script accepted into the local index (a mailed document is `sent`, a
 * returned one `returned`) before the next delta confirms it, and tells the kiosk, for each
 * accepted return, whether its deal now has every signed copy back.
 */
export class SettlementRecorder implements Extension {
  readonly name = 'settlement-recorder';
  private readonly now: () => number;

  constructor(private readonly deps: SettlementRecorderDeps) {
    this.now = deps.now ?? Date.now;
  }

  start(): void {
    this.deps.bus.on('scansSettled', this.name, ({ settlements }) => {
      for (const settlement of settlements) this.record(settlement);
    });
  }

  stop(): void {
    this.deps.bus.removeOwner(this.name);
  }

  private record(settlement: ScanSettlement): void {
    if (settlement.outcome !== 'accepted' || settlement.documentNumber === null) return;
    const at = new Date(this.now()).toISOString();
    if (settlement.mode === 'outgoing') {
      this.deps.index.markStatus(settlement.documentNumber, 'sent', at);
      return;
    }
    this.deps.index.markStatus(settlement.documentNumber, 'returned', at);
    this.deps.bus.emit('returnConfirmed', {
      eventKey: settlement.eventKey,
      documentNumber: settlement.documentNumber,
      deal: this.dealProgress(settlement.documentNumber),
    });
  }

  /** By the local index: the deal's documents that need a signed copy back and have not got it. */
  private dealProgress(documentNumber: string): DealProgress | null {
    const entry = this.deps.index.lookup(documentNumber);
    if (entry === undefined) return null;
    const awaiting = this.deps.index
      .byDeal(entry.dealId)
      .filter((document) => DOCUMENT_KIND_INFO[document.kind].signedCopyReturns && document.status !== 'returned' && document.status !== 'annulled')
      .map((document) => document.documentNumber);
    return { dealId: entry.dealId, awaiting, complete: awaiting.length === 0 };
  }
}
