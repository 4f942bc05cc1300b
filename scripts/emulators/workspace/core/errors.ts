// Errors as Apps Script throws them. In the V8 runtime a failing service call throws an object whose
// `name` is "Exception" and whose `message` is the text alone; the editor's log prints
// "Exception: <message>". Advanced services throw "GoogleJsonResponseException" with
// "API call to <api>.<resource>.<method> failed with error: <message>" and a `details` object.

/** An error as a script sees it: name, message, optional details (advanced services). */
export class ScriptException extends Error {
  readonly details: unknown;
  constructor(message: string, name = 'Exception', details?: unknown) {
    super(message);
    this.name = name;
    this.details = details;
  }
}

export function exception(message: string): ScriptException {
  return new ScriptException(message);
}

/**
 * Advanced-service failure, e.g. drive.permissions.create with 403.
 * Shape: https://developers.google.com/apps-script/guides/services/advanced#how_advanced_services_work
 */
export function apiError(api: string, code: number, reason: string, message: string): ScriptException {
  return new ScriptException(`API call to ${api} failed with error: ${message}`, 'GoogleJsonResponseException', {
    code,
    message,
    errors: [{ domain: 'global', reason, message }],
  });
}

export const MESSAGES = {
  // DriveApp.getFileById/getFolderById for a missing file or one the user cannot see.
  driveNotFound: 'No item with the given ID could be found, or you do not have permission to access it.',
  // DocumentApp/SpreadsheetApp.openById when the user has no access to the file.
  noDocumentAccess: 'You do not have permission to access the requested document.',
  accessDenied: (service: string): string => `Access denied: ${service}.`,
  // https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  // https://developers.google.com/apps-script/guides/services/quotas (Properties limits)
  propertyQuota: 'You have exceeded the property storage quota. Please remove some properties and try again.',
  argumentTooLarge: (what: string): string => `Argument too large: ${what}`,
  getUiContext: (service: string): string => `Cannot call ${service}.getUi() from this context.`,
  tooManyTriggers: 'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
} as const;
