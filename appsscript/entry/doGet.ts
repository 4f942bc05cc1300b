import { jsonOutput } from './jsonOutput';

/** Web app GET: a health answer, so a deployment can be checked from a browser. */
export function doGet(_e: GoogleAppsScript.Events.DoGet): GoogleAppsScript.Content.TextOutput {
  return jsonOutput({ status: 'success', response: { service: 'docflow' } });
}
