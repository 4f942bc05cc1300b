// Reads a seed JSON file and validates it; a missing file or bad JSON is a typed failure too.
import { readFileSync } from 'node:fs';
import { fail, type Result } from '../../../../shared/result';
import type { SeedData } from './seedTypes';
import { validateSeed } from './validateSeed';

export function loadSeedFile(path: string): Result<SeedData, 'invalid_seed' | 'unreadable_seed'> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return fail('unreadable_seed', `Не удалось прочитать файл seed ${path}: ${(err as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return fail('invalid_seed', `Файл seed ${path} не является корректным JSON: ${(err as Error).message}`);
  }
  return validateSeed(parsed);
}
