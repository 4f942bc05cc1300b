import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fail, type Result } from '../../shared/result';
import type { BridgeConfig } from './bridgeConfig';
import { type ConfigFailure, validateConfig } from './validateConfig';

/** Reads the settings file (JSON), validates it and fills the defaults. Never throws. */
export function loadConfig(path: string): Result<BridgeConfig> | ConfigFailure {
  const absolute = resolve(path);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    return unreadable(`Не удалось прочитать файл настроек моста ${absolute}: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return unreadable(`Файл настроек моста ${absolute} — не JSON: ${(error as Error).message}`);
  }
  return validateConfig(value, dirname(absolute));
}

function unreadable(detail: string): ConfigFailure {
  return { ...fail('config_unreadable', detail), problems: [detail] };
}
