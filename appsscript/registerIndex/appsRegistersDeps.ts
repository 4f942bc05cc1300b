import { fail, ok, type Result } from '../../shared/result';
import { createBitrix24Rest } from '../bitrix24/bitrixRest';
import { CONFIG_KEYS } from '../config/configKeys';
import { appsClock, appsLog, appsProperties, appsScriptLock } from '../platform/apps/appsServices';
import { urlFetchPort } from '../platform/apps/appsHttp';
import { appsMail } from './appsMail';
import { appsRegisterSheets } from './appsRegisterSheets';
import { appsBucketCache } from './appsBucketCache';
import type { RegistersDeps } from './registersDeps';

/**
 * The registers feature's ports in Apps Script: the registers spreadsheet Setup recorded
 * (REGISTERS_SPREADSHEET_ID), Bitrix24 through the incoming webhook when one is configured, the
 * script cache, lock, clock, log and MailApp.
 */
export function appsRegistersDeps(): Result<RegistersDeps, 'not_configured'> {
  const properties = appsProperties();
  const spreadsheetId = (properties.get(CONFIG_KEYS.registersSpreadsheetId) ?? '').trim();
  if (spreadsheetId === '') {
    return fail('not_configured', 'Docflow не настроен: не задана таблица реестров (REGISTERS_SPREADSHEET_ID). Администратору: запустите Docflow → Настройка.');
  }
  const webhookUrl = (properties.get(CONFIG_KEYS.webhookUrl) ?? '').trim();
  return ok({
    sheets: appsRegisterSheets(SpreadsheetApp.openById(spreadsheetId)),
    cache: appsBucketCache(),
    lock: appsScriptLock(),
    clock: appsClock,
    log: appsLog,
    properties,
    bitrix: webhookUrl === '' ? null : createBitrix24Rest(webhookUrl, urlFetchPort),
    mail: appsMail,
    owner: Session.getEffectiveUser().getEmail(),
  });
}
