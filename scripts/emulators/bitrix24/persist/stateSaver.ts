// Keeps the state file up to date: after a request that may have changed something the server
// calls changed(); a short while later (debounced, so a burst of REST writes is one write) the
// state is serialized and written if it differs from what was last written. flush() writes at
// once (at start and on a graceful stop). Every change happens while a request is answered, so
// the request boundary is where a change can be noticed.
import { writeStateFile } from './stateFile';

export interface StateSaverOptions {
  path: string;
  /** The state to save now, as JSON text. */
  serialize: () => string;
  /** Delay after a change before it is written; default 200 ms (the Workspace emulator's). */
  delayMs?: number;
  /** Where a failed background write is reported (it is retried with the next change). */
  report?: (message: string) => void;
}

export class StateSaver {
  private timer: NodeJS.Timeout | null = null;
  private written: string | null = null;

  constructor(private readonly options: StateSaverOptions) {}

  /** Something may have changed: write soon. */
  changed(): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      try {
        this.flush();
      } catch (err) {
        const report = this.options.report ?? ((message: string) => process.stderr.write(`${message}\n`));
        report(`Bitrix24 emulator: cannot save the state to ${this.options.path}: ${(err as Error).message}`);
      }
    }, this.options.delayMs ?? 200);
    // A pending save never keeps the process alive; close() flushes anyway.
    this.timer.unref();
  }

  /** Writes the state now if it differs from the last write; throws when the file cannot be written. */
  flush(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const text = this.options.serialize();
    if (text === this.written) return;
    writeStateFile(this.options.path, text);
    this.written = text;
  }
}
