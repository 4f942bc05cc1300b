// The emulator's clock. Tests move it forward (POST /_emulator/clock or the `clock` option) to
// drain the rate-limit bucket and to date records, so no test waits for wall-clock time.

export class EmulatorClock {
  private offsetMs = 0;

  constructor(private readonly source: () => number = Date.now) {}

  now(): number {
    return this.source() + this.offsetMs;
  }

  advance(ms: number): number {
    this.offsetMs += ms;
    return this.now();
  }
}
