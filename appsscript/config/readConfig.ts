import { fail, ok, type Result } from '../../shared/result';
import type { PropertiesPort } from '../platform/propertiesPort';
import { CONFIG_KEYS, type ConfigKey } from './configKeys';

/** What generation needs from Script Properties. */
export interface GenerationConfig {
  readonly webhookUrl: string;
  readonly registersSpreadsheetId: string;
  readonly documentsFolderId: string;
}

export type NotConfigured = 'not_configured';

/** Reads the listed keys; refuses, naming every missing one, when any is empty. */
export function readKeys<K extends string>(properties: PropertiesPort, keys: { readonly [F in K]: ConfigKey }): Result<{ readonly [F in K]: string }, NotConfigured> {
  const all = properties.getAll();
  const missing: string[] = [];
  const values: Partial<Record<K, string>> = {};
  for (const field of Object.keys(keys) as K[]) {
    const value = (all[keys[field]] ?? '').trim();
    if (value === '') missing.push(keys[field]);
    values[field] = value;
  }
  if (missing.length > 0) {
    return fail('not_configured', `Docflow не настроен: не заданы свойства скрипта ${missing.join(', ')}. Администратору: запустите Docflow → Настройка.`);
  }
  // Every field was filled in the loop above.
  return ok(values as { readonly [F in K]: string });
}

export function readGenerationConfig(properties: PropertiesPort): Result<GenerationConfig, NotConfigured> {
  return readKeys(properties, {
    webhookUrl: CONFIG_KEYS.webhookUrl,
    registersSpreadsheetId: CONFIG_KEYS.registersSpreadsheetId,
    documentsFolderId: CONFIG_KEYS.documentsFolderId,
  });
}
