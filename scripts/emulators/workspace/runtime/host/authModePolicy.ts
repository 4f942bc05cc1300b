import { exception, type ScriptException } from '../../core/errors';
import type { ServiceLabel } from '../label';

/**
 * What an execution in ScriptApp.AuthMode.NONE may do: build menus, nothing else. That is the mode
 * of an Editor add-on's onOpen(e) in a file where the add-on has not been used yet: "A mode that
 * does not allow access to any services that require authorization" — the add-on may only create
 * its menu (https://developers.google.com/apps-script/reference/script/auth-mode,
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle). So getUi() on
 * SpreadsheetApp or DocumentApp and everything on Ui and Menu are allowed; every other call on a
 * main-thread service (getActiveDocument, getActiveSpreadsheet, properties, Drive…), a fetch and a
 * lock are refused the way Apps Script refuses a call it has no authorization for. Services that
 * run inside the execution's worker (Utilities, Logger, HtmlService) are not restricted here.
 */
export function refusalInModeNone(owner: ServiceLabel | string | undefined, method: string): ScriptException | null {
  if (typeof owner === 'object' && owner.service === 'Ui') return null;
  if (method === 'getUi') return null;
  const name = owner === undefined ? 'Service' : typeof owner === 'string' ? owner : owner.type === undefined ? owner.service : `${owner.service}.${owner.type}`;
  return refusedInAuthMode(name, method);
}

/** "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet", as a simple trigger sees it. */
export function refusedInAuthMode(service: string, method: string): ScriptException {
  return exception(`You do not have permission to call ${service}.${method}. The add-on is not authorized in this file (ScriptApp.AuthMode.NONE): only menus can be built.`);
}
