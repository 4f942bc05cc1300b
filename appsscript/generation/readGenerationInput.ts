import { fail, ok, type Result } from '../../shared/result';
import type { DealBundle } from '../bitrix24/dealBundle';
import { readDealBundle } from '../bitrix24/readDealBundle';
import { CONFIG_KEYS } from '../config/configKeys';
import { readSettings, SETTINGS_SHEET, type DocflowSettings } from '../registers/settingsSheet';
import type { GenerationDeps, GenerationError } from './generationTypes';

export interface GenerationInput {
  readonly settings: DocflowSettings;
  readonly bundle: DealBundle;
}

/**
 * What every generation reads before it takes the lock: the Settings sheet, then ONE Bitrix24
 * batch with the deal, its rows and products, both parties and the manager (the section page
 * count learnt on the way is remembered for the next read).
 */
export function readGenerationInput(deps: GenerationDeps, dealId: string): Result<GenerationInput, GenerationError> {
  let settings: DocflowSettings;
  try {
    settings = readSettings(deps.book.readRows(SETTINGS_SHEET));
  } catch (error) {
    deps.log.error('Settings sheet unreadable', { dealId, error: String(error) });
    return fail('not_configured', 'Лист «Настройки» не найден в реестре. Администратору: запустите Docflow → Настройка.');
  }
  try {
    const known = Number(deps.properties.get(CONFIG_KEYS.productSectionsTotal) ?? NaN);
    const reading = readDealBundle(deps.rest, dealId, Number.isFinite(known) ? known : null);
    if (reading.sectionTotal !== known) deps.properties.set(CONFIG_KEYS.productSectionsTotal, String(reading.sectionTotal));
    return ok({ settings, bundle: reading.bundle });
  } catch (error) {
    deps.log.error('Bitrix24 read failed', { dealId, error: String(error) });
    return fail('bitrix_unavailable', `Не удалось прочитать сделку ${dealId} из Битрикс24: ${String(error instanceof Error ? error.message : error)}`);
  }
}
