import { documentServices } from '../documents';
import type { ExecutionScope } from '../runtime/host/scope';
import { CacheServiceHandle } from './cacheService';
import { DriveAppService } from './drive/driveApp';
import { DriveApi } from './drive/v3/driveApi';
import { GmailAppService, MailAppService } from './mail';
import { PropertiesServiceHandle } from './propertiesService';
import { ScriptAppService } from './scriptApp';
import { SpreadsheetAppService } from './sheets/spreadsheetApp';

/**
 * The services that live on the main thread, beside the state they change, one set per execution.
 * (Utilities, HtmlService, ContentService, UrlFetchApp, LockService, Session and Logger run inside
 * the execution's worker: see runtime/worker/services.)
 */
export function mainThreadServices(scope: ExecutionScope): Record<string, object> {
  const roots: Record<string, object> = {
    DriveApp: new DriveAppService(scope),
    Drive: new DriveApi(scope),
    SpreadsheetApp: new SpreadsheetAppService(scope),
    PropertiesService: new PropertiesServiceHandle(scope),
    CacheService: new CacheServiceHandle(scope),
    MailApp: new MailAppService(scope),
    GmailApp: new GmailAppService(scope),
    ScriptApp: new ScriptAppService(scope),
  };
  return { ...roots, ...documentServices(scope) };
}
