// The state file's content (--state / stateFile, docs/bitrix24-emulator.md, "Keeping state across
// restarts"): the portal's data as it stands now, so a restarted emulator carries on where it
// stopped. What a person configures at start (handlers, robots, limits) and what only describes
// the current run (request log, outbound calls, dropped-call settings) is not in it.
import type { EmulatorCore } from '../core';
import type { CrmSnapshot } from '../state/crmStore';

/** Marks the file as ours, so a seed or another tool's JSON is never taken for a state. */
export const STATE_FORMAT = 'docflow-bitrix24-emulator-state';
export const STATE_VERSION = 1;

export interface SavedState extends CrmSnapshot {
  format: typeof STATE_FORMAT;
  version: typeof STATE_VERSION;
  /** How far the emulator's clock had been moved on (POST /_emulator/clock). */
  clockShiftMs: number;
}

/** The core's state now, ready for JSON.stringify (not a copy). */
export function captureState(core: EmulatorCore): SavedState {
  return { format: STATE_FORMAT, version: STATE_VERSION, clockShiftMs: core.clock.shiftMs(), ...core.store.snapshot() };
}
