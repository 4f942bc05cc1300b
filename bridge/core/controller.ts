import type { EventBus } from './eventBus';
import type { Extension } from './extension';
import type { Logger } from './logger';

/**
 * Starts the extensions in the given order and stops them in reverse. An extension that
 * fails to start is logged and left out (an unplugged scanner must not keep the kiosk from
 * serving); one that fails to stop is logged and the rest still stop.
 */
export class Controller {
  private readonly started: Extension[] = [];

  constructor(
    private readonly extensions: readonly Extension[],
    private readonly bus: EventBus,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    for (const extension of this.extensions) {
      try {
        await extension.start();
        this.started.push(extension);
        this.logger.debug({ owner: extension.name }, 'extension started');
      } catch (error) {
        this.bus.removeOwner(extension.name);
        this.logger.error({ owner: extension.name, err: error }, `extension ${extension.name} failed to start`);
      }
    }
  }

  async stop(): Promise<void> {
    while (this.started.length > 0) {
      const extension = this.started.pop();
      if (extension === undefined) break;
      try {
        await extension.stop();
      } catch (error) {
        this.logger.error({ owner: extension.name, err: error }, `extension ${extension.name} failed to stop`);
      } finally {
        this.bus.removeOwner(extension.name);
      }
    }
  }
}
