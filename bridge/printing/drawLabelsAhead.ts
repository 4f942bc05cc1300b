import { setImmediate as nextTurn } from 'node:timers/promises';
import type { IndexEntry } from '../../shared/protocol';
import type { Result } from '../../shared/result';
import type { EventBus } from '../core/eventBus';
import type { Extension } from '../core/extension';
import type { Logger } from '../core/logger';
import type { LabelInput } from '../labels';
import type { LabelService } from './labelService';

export interface DrawLabelsAheadDeps {
  readonly labels: LabelService;
  /** The documents waiting to be mailed, most recently changed first, at most `limit`. */
  readonly waiting: (limit: number) => readonly IndexEntry[];
  readonly labelInput: (entry: IndexEntry) => Result<LabelInput>;
  readonly bus: EventBus;
  readonly logger: Logger;
}

/**
 * Draws the envelope labels of the documents waiting to be mailed before anyone scans them: at
 * start and whenever the local index changes, one label per turn of the event loop so that a
 * scan arriving meanwhile waits for one label at most. Labels already drawn from the same input
 * are kept; a changed address draws the label again.
 */
export class DrawLabelsAhead implements Extension {
  readonly name = 'draw-labels-ahead';
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(private readonly deps: DrawLabelsAheadDeps) {}

  start(): void {
    this.stopped = false;
    this.deps.bus.on('indexChanged', this.name, () => this.schedule());
    this.schedule();
  }

  stop(): Promise<void> {
    this.stopped = true;
    this.deps.bus.removeOwner(this.name);
    return this.idle();
  }

  /** Resolves when every pass asked for so far has finished. */
  async idle(): Promise<void> {
    while (this.running !== null) await this.running;
  }

  private schedule(): void {
    if (this.running !== null) {
      this.again = true;
      return;
    }
    this.running = this.passes().finally(() => {
      this.running = null;
    });
  }

  private async passes(): Promise<void> {
    do {
      this.again = false;
      await this.pass();
    } while (this.again && !this.stopped);
  }

  private async pass(): Promise<void> {
    let drawn = 0;
    for (const entry of this.deps.waiting(this.deps.labels.drawnAheadCapacity)) {
      // Yield first, so that the scan that may be waiting goes before the next label.
      await nextTurn();
      if (this.stopped) return;
      const input = this.deps.labelInput(entry);
      const outcome = input.status === 'error' ? input : await this.deps.labels.drawAhead(entry.documentNumber, input.response);
      if (outcome.status === 'error') {
        // The scan will say the same to the operator, with what to do; here it is only noted.
        this.deps.logger.info({ documentNumber: entry.documentNumber, detail: outcome.detail }, 'label not drawn ahead');
      } else if (outcome.response) {
        drawn += 1;
      }
    }
    if (drawn > 0) this.deps.logger.info({ drawn }, 'labels drawn ahead');
  }
}
