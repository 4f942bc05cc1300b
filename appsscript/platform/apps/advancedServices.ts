/**
 * The advanced services Docflow enables in appsscript.json (dependencies.enabledAdvancedServices):
 * Drive API v3 and Docs API v1. Without them the globals are undefined; say so plainly.
 * https://developers.google.com/apps-script/guides/services/advanced
 */
export function driveService(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || Drive === undefined) throw new Error('The Drive advanced service (v3) is not enabled in appsscript.json');
  return Drive;
}

export function docsService(): GoogleAppsScript.Docs {
  if (typeof Docs === 'undefined' || Docs === undefined) throw new Error('The Docs advanced service (v1) is not enabled in appsscript.json');
  return Docs;
}
