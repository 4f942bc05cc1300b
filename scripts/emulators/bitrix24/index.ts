// The Bitrix24 emulator's public API. See docs/bitrix24-emulator.md.
export { startBitrix24Emulator } from './server';
export { spawnBitrix24Emulator, type SpawnBitrix24Options, type SpawnedBitrix24Emulator } from './spawn';
export type { Bitrix24EmulatorOptions, RunningBitrix24Emulator } from './options';
export type { LimitSettings } from './rest/leakyBucket';
export type { HandlerInit, RobotInit } from './state/automation';
export type { OutboundCall } from './outbound/dealEffects';
export { validateSeed, checkSeed } from './seed/validateSeed';
export { loadSeedFile } from './seed/loadSeedFile';
export type { SeedData } from './seed/seedTypes';
export { DEMO_SEED_PATH } from './cli/cliOptions';
