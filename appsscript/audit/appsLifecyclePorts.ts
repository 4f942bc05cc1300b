import { fail, ok, type Result } from '../../shared/result';
import { appsDriveSharing } from '../access/appsDriveSharing';
import { appsMail } from '../approval/appsMail';
import { createBitrix24Rest } from '../bitrix24/bitrixRest';
import { CONFIG_KEYS } from '../config/configKeys';
import { appsRegisterBook } from '../platform/apps/appsRegisterBook';
import { appsClock, appsLog, appsProperties, appsScriptLock } from '../platform/apps/appsServices';
import { urlFetchPort } from '../platform/apps/appsHttp';
import { appsPdf } from '../printing/appsPdf';
import { appsReplacement } from '../annul/appsReplacement';
import type { LifecyclePorts } from './lifecyclePorts';

/**
 * The real ports of a lifecycle operation. The registers spreadsheet is required; Bitrix24 is
 * optional (without it the timeline is skipped with a warning). The owner is the effective user:
 * in the web app (robots, bridge, the sidebar's delegated actions) the deploying account, which
 * owns every generated document.
 */
export function appsLifecyclePorts(): Result<LifecyclePorts, 'not_configured'> {
  const properties = appsProperties();
  const spreadsheetId = (properties.get(CONFIG_KEYS.registersSpreadsheetId) ?? '').trim();
  if (spreadsheetId === '') {
    return fail('not_configured', 'Docflow не настроен: не задан REGISTERS_SPREADSHEET_ID. Администратору: запустите Docflow → Настройка.');
  }
  const webhookUrl = (properties.get(CONFIG_KEYS.webhookUrl) ?? '').trim();
  const bitrix = webhookUrl === '' ? null : createBitrix24Rest(webhookUrl, urlFetchPort);
  return ok({
    book: appsRegisterBook(SpreadsheetApp.openById(spreadsheetId)),
    lock: appsScriptLock(),
    clock: appsClock,
    log: appsLog,
    sharing: appsDriveSharing,
    pdf: appsPdf,
    mail: appsMail,
    bitrix,
    replacement: appsReplacement(bitrix),
    owner: Session.getEffectiveUser().getEmail().trim().toLowerCase(),
  });
}
