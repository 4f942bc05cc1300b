import { DOCUMENT_KIND_INFO } from '../../shared/kinds/documentKinds';
import type { DealReturnProgress } from '../../shared/protocol';
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
 * accepted return, whether its deal now has every signed copy back: as the script's ack says
 * (the registers decide, and they move the deal), or, from a script that does not say, as the
 * local index says.
 */
export class SettlementRecorder implements Extension {
  readonly name = 'settlement-recorder';
  private readonly now: () => number;

  constructor(private readonly deps: SettlementRecorderDeps) {
    this.now = deps.now ?? Date.now;
  }

  start(): void {
    this.deps.bus.on('scansSettled', this.name, ({ settlements, deals }) => {
      for (const settlement of settlements) this.record(settlement, deals);
    });
  }

  stop(): void {
    this.deps.bus.removeOwner(this.name);
  }

  private record(settlement: ScanSettlement, deals: readonly DealReturnProgress[]): void {
    if (settlement.outcome !== 'accepted' || settlement.documentNumber === null) return;
    const at = new Date(this.now()).toISOString();
    if (settlement.mode === 'outgoing') {
      this.deps.index.markStatus(settlement.documentNumber, 'sent', at);
      return;
    }
    this.deps.index.markStatus(settlement.documentNumber, 'returned', at);
    const number = settlement.documentNumber;
    const reported = deals.find((deal) => deal.returned.includes(number));
    this.deps.bus.emit('returnConfirmed', {
      eventKey: settlement.eventKey,
      documentNumber: number,
      deal:
        reported === undefined
          ? this.progressByIndex(number)
          : { dealId: reported.dealId, awaiting: reported.awaiting, complete: reported.complete, source: 'script' },
    });
  }

  /** By the local index: the deal's documents that need a signed copy back and have not got it. */
  private progressByIndex(documentNumber: string): DealProgress | null {
    const entry = this.deps.index.lookup(documentNumber);
    if (entry === undefined) return null;
    const awaiting = this.deps.index
      .byDeal(entry.dealId)
      .filter((document) => DOCUMENT_KIND_INFO[document.kind].signedCopyReturns && document.status !== 'returned' && document.status !== 'annulled')
      .map((document) => document.documentNumber);
    return { dealId: entry.dealId, awaiting, complete: awaiting.length === 0, source: 'index' };
  }
}
