import { jsonOutput } from './jsonOutput';

/**
 * Web app POST: Bitrix24 events and robots, and the office bridge. Routes are added by the
 * features that own them; anything unrouted gets a tagged error, never an exception.
 */
export function doPost(e: GoogleAppsScript.Events.DoPost): GoogleAppsScript.Content.TextOutput {
  const route = e.parameter?.['route'] ?? '';
  return jsonOutput({ status: 'error', type: 'unknown_route', detail: `Неизвестный адрес запроса: "${route}"` });
}
