// Apps Script wiring: the real ports behind the logic. Entry points build what they need here;
// nothing else in appsscript/ touches a Google global except the adapters in platform/apps.
import { loadCatalogue } from '../../shared/catalogue';
import { fail, ok, type Result } from '../../shared/result';
import { createBitrix24Rest } from '../bitrix24/bitrixRest';
import { readGenerationConfig } from '../config/readConfig';
import type { GenerationDeps } from '../generation/generationTypes';
import { appsDocs } from '../platform/apps/appsDocs';
import { appsDocumentHeader } from '../platform/apps/appsDocumentHeader';
import { appsDrive } from '../platform/apps/appsDrive';
import { appsRegisterBook } from '../platform/apps/appsRegisterBook';
import { appsClock, appsLog, appsProperties, appsScriptCache, appsScriptLock } from '../platform/apps/appsServices';
import { urlFetchPort } from '../platform/apps/appsHttp';
import type { SetupDeps } from '../setup/runSetup';
import { STARTER_TEMPLATES } from '../setup/starterFiles';

export function generationDeps(): Result<GenerationDeps, 'not_configured'> {
  const properties = appsProperties();
  const config = readGenerationConfig(properties);
  if (config.status === 'error') return config;
  const catalogue = loadCatalogue(STARTER_TEMPLATES.catalogueJson);
  if (catalogue.status === 'error') return fail('not_configured', catalogue.detail);
  return ok({
    rest: createBitrix24Rest(config.response.webhookUrl, urlFetchPort),
    drive: appsDrive,
    docs: appsDocs,
    header: appsDocumentHeader,
    book: appsRegisterBook(SpreadsheetApp.openById(config.response.registersSpreadsheetId)),
    properties,
    lock: appsScriptLock(),
    cache: appsScriptCache(),
    clock: appsClock,
    log: appsLog,
    catalogue: catalogue.response,
    documentsFolderId: config.response.documentsFolderId,
  });
}

/** Setup runs on the spreadsheet it is bound to, or the one REGISTERS_SPREADSHEET_ID names. */
export function setupDeps(): Result<SetupDeps, 'not_configured'> {
  const properties = appsProperties();
  const active = SpreadsheetApp.getActiveSpreadsheet();
  const id = properties.get('REGISTERS_SPREADSHEET_ID');
  const spreadsheet = active ?? (id === null || id === '' ? null : SpreadsheetApp.openById(id));
  if (spreadsheet === null) {
    return fail('not_configured', 'Откройте таблицу реестров и запустите Docflow → Настройка из её меню (или задайте REGISTERS_SPREADSHEET_ID).');
  }
  return ok({
    drive: appsDrive,
    docs: appsDocs,
    header: appsDocumentHeader,
    book: appsRegisterBook(spreadsheet),
    properties,
    lock: appsScriptLock(),
    clock: appsClock,
    log: appsLog,
    administrator: Session.getEffectiveUser().getEmail(),
  });
}
