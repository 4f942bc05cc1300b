// The emulator's clock. Tests move it forward (POST /_emulator/clock or the `clock` option) to
// drain the rate-limit bucket and to date records, so no test waits for wall-clock time. The shift
// is part of the saved state, so a restart keeps the emulated date (as the Workspace emulator does).

export class EmulatorClock {
  constructor(
    private readonly source: () => number = Date.now,
    private offsetMs = 0,
  ) {}

  now(): number {
    return this.source() + this.offsetMs;
  }

  /** How far the clock has been moved on from its source, in ms. */
  shiftMs(): number {
    return this.offsetMs;
  }

  advance(ms: number): number {
    this.offsetMs += ms;
    return this.now();
  }
}
