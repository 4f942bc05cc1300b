// Where the emulator's data comes from at start: the state file when one exists, else the seed.
// Throws (as startBitrix24Emulator does for every bad option) with a message that names the file
// and the problem; nothing is written before the start succeeded, so a bad file stays untouched.
import type { InitialState } from '../core';
import type { Bitrix24EmulatorOptions } from '../options';
import { checkSeed } from '../seed/validateSeed';
import { CrmStore } from '../state/crmStore';
import { readStateFile } from './stateFile';

export interface StartingPoint {
  initial: InitialState;
  startedFrom: 'seed' | 'state';
}

export function loadStartingPoint(options: Bitrix24EmulatorOptions, stateFile: string | null): StartingPoint {
  if (stateFile !== null) {
    const saved = readStateFile(stateFile);
    if (saved.status === 'error') throw new Error(saved.detail);
    if (saved.response !== null) {
      return { initial: { store: CrmStore.fromSnapshot(saved.response), clockShiftMs: saved.response.clockShiftMs }, startedFrom: 'state' };
    }
  }
  const checked = checkSeed(options.seed);
  if (checked.seed === null) throw new Error(`Invalid Bitrix24 seed:\n${checked.problems.join('\n')}`);
  return { initial: { store: new CrmStore(checked.seed), clockShiftMs: 0 }, startedFrom: 'seed' };
}
