import { MIME_TYPE } from '../../services/drive/enums';
import { CHART_TYPES } from '../../services/sheets/chartTypes';
import type { ExecutionStart, FetchRequest, FetchResponse } from '../wire';
import type { Boundary } from './boundary';
import type { SyncChannel } from './channel';
import type { ScriptRealm } from './realm';
import { ContentServiceLocal } from './services/textOutput';
import { HtmlServiceLocal } from './services/htmlService';
import { LockServiceLocal, type LockBackend } from './services/lockService';
import { ConsoleLocal, LoggerLocal, type ExecutionLogLines } from './services/logger';
import { SessionLocal } from './services/session';
import { UrlFetchAppLocal } from './services/urlFetchApp';
import { UtilitiesLocal } from './services/utilities';

export interface WorkerServices {
  html: HtmlServiceLocal;
}

/**
 * Fills a fresh context with Apps Script's globals: proxies to the main thread's services
 * (DriveApp, SpreadsheetApp, DocumentApp, Drive, Docs, PropertiesService, CacheService, MailApp,
 * GmailApp, ScriptApp) and the services that run here, in the execution's own thread.
 */
export function installGlobals(realm: ScriptRealm, boundary: Boundary, channel: SyncChannel, start: ExecutionStart, codeDir: string, log: ExecutionLogLines): WorkerServices {
  const roots = boundary.ask({ t: 'roots' }) as Record<string, unknown>;
  for (const [name, service] of Object.entries(roots)) realm.setGlobal(name, service);

  const send = (requests: FetchRequest[]): FetchResponse[] => {
    const reply = channel.request({ t: 'fetch', requests });
    if (!reply.ok) throw boundary.scriptError(reply.error);
    return reply.value as unknown as FetchResponse[];
  };
  const locks: LockBackend = {
    acquire: (key, holder, timeoutMs) => {
      const reply = channel.request({ t: 'lock', op: 'acquire', key, holder, timeoutMs });
      return reply.ok && reply.value === true;
    },
    release: (key, holder) => {
      channel.request({ t: 'lock', op: 'release', key, holder });
    },
  };
  const html = new HtmlServiceLocal(realm, codeDir);
  const local: Record<string, object> = {
    Utilities: new UtilitiesLocal(start.timeZone),
    Logger: new LoggerLocal(log),
    console: new ConsoleLocal(log),
    HtmlService: html,
    ContentService: new ContentServiceLocal(),
    UrlFetchApp: new UrlFetchAppLocal(send),
    LockService: new LockServiceLocal(locks, start.effectiveUser, start.containerId),
    Session: new SessionLocal(start.activeUser, start.effectiveUser, start.timeZone),
  };
  for (const [name, service] of Object.entries(local)) realm.setGlobal(name, boundary.expose(service));
  realm.setGlobal('MimeType', boundary.toScript({ ...MIME_TYPE }));
  realm.setGlobal('Charts', boundary.toScript({ ChartType: Object.fromEntries(CHART_TYPES.map((t) => [t, t])) }));
  return { html };
}
