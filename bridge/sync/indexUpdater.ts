import { PROTOCOL_VERSION } from '../../shared/protocol';
import { ok, type Result } from '../../shared/result';
import type { EventBus } from '../core/eventBus';
import type { Logger } from '../core/logger';
import type { LocalIndex } from '../store/localIndex';
import type { ScriptClient, ScriptError } from './scriptClient';

/** A delta chain longer than this in one go means the script keeps saying hasMore: stop and come back later. */
const MAX_ROUNDS = 100;

export interface IndexUpdaterDeps {
  readonly bridgeId: string;
  readonly client: ScriptClient;
  readonly index: LocalIndex;
  readonly bus: EventBus;
  readonly logger: Logger;
  readonly now?: () => number;
}

/**
 * Brings the local index up to date: asks for the delta since the stored cursor, applies it
 * with its cursor in one transaction, and asks again while the script says `hasMore`.
 *
 * Updates run one at a time. A caller gets a run that starts after its call, so it sees every
 * change made before it asked (a run already under way may have missed the document it is
 * looking for); callers waiting for the same next run share it, so a burst of unknown numbers
 * costs one exchange.
 */
export class IndexUpdater {
  private tail: Promise<unknown> = Promise.resolve();
  private next: Promise<Result<number, ScriptError>> | undefined;
  private readonly now: () => number;

  constructor(private readonly deps: IndexUpdaterDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** Resolves with the number of changes applied. */
  catchUp(): Promise<Result<number, ScriptError>> {
    if (this.next !== undefined) return this.next;
    const run = this.tail.then(() => {
      this.next = undefined;
      return this.run();
    });
    this.next = run;
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async run(): Promise<Result<number, ScriptError>> {
    let changes = 0;
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
      const answer = await this.deps.client.exchange(
        { type: 'index_delta_request', version: PROTOCOL_VERSION, bridgeId: this.deps.bridgeId, since: this.deps.index.cursor() },
        ['index_delta'],
      );
      if (answer.status === 'error') return answer;
      const delta = answer.response;
      this.deps.index.apply(delta, new Date(this.now()).toISOString());
      changes += delta.upserts.length + delta.removals.length;
      if (!delta.hasMore) break;
    }
    if (changes > 0) {
      this.deps.logger.info({ changes }, 'local index updated');
      this.deps.bus.emit('indexChanged', { entries: this.deps.index.size() });
    }
    return ok(changes);
  }
}
