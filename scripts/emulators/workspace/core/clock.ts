/**
 * The emulated clock. By default it follows real time; tests move it (set or advance) to simulate
 * dates, e.g. overdue documents or due time-driven triggers. Script code sees it through `new Date()`
 * and `Date.now()` inside the sandbox, and services use it for timestamps and cache expiry.
 */
export interface EmulatedClock {
  now(): Date;
  /** Milliseconds to add to the host's Date.now() to get the emulated time, at this instant. */
  offsetMs(): number;
  set(date: Date): void;
  advance(ms: number): void;
  /** The shift applied on top of the base clock (persisted so a restart keeps the emulated date). */
  shiftMs(): number;
  restoreShift(ms: number): void;
}

export function createClock(base: () => Date = () => new Date(), onChange: () => void = () => undefined): EmulatedClock {
  let shift = 0;
  const now = (): Date => new Date(base().getTime() + shift);
  return {
    now,
    offsetMs: () => now().getTime() - Date.now(),
    set(date: Date): void {
      shift = date.getTime() - base().getTime();
      onChange();
    },
    advance(ms: number): void {
      shift += ms;
      onChange();
    },
    shiftMs: () => shift,
    restoreShift(ms: number): void {
      shift = ms;
    },
  };
}
