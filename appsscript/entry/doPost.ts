import { fail, type Result } from '../../shared/result';
import { CONFIG_KEYS } from '../config/configKeys';
import { generateForDeal } from '../generation/generateForDeal';
import { appsLog, appsProperties } from '../platform/apps/appsServices';
import { handleDealEvent } from '../webhooks/dealEvent';
import { handleRobotCall } from '../webhooks/robotCall';
import type { Generate, WebhookRequest } from '../webhooks/webhookTypes';
import { jsonOutput } from './jsonOutput';
import { generationDeps } from './services';
import { lifecycleRoute } from '../bridgeApi/lifecycleRoutes';

/**
 * Web app POST, routed by the `route` query parameter: `bitrix-robot` (the stage robot, with
 * `secret`), `bitrix-event` (the outbound webhook's deal events); `bridge` is added by the office
 * bridge's feature. The body is read raw (e.postData.contents). Every answer is a tagged Result
 * as JSON; nothing is thrown across the boundary.
 */
export function doPost(e: GoogleAppsScript.Events.DoPost): GoogleAppsScript.Content.TextOutput {
  try {
    return jsonOutput(route(e));
  } catch (error) {
    appsLog.error('doPost failed', { error: String(error), stack: error instanceof Error ? error.stack : undefined });
    return jsonOutput(fail('internal_error', 'Внутренняя ошибка Docflow; подробности в журнале выполнения.'));
  }
}

function route(e: GoogleAppsScript.Events.DoPost): Result<unknown> {
  const name = e.parameter?.['route'] ?? '';
  const request: WebhookRequest = { query: e.parameter ?? {}, body: e.postData?.contents ?? '' };
  const properties = appsProperties();
  const generate: Generate = (dealId, trigger) => {
    const deps = generationDeps();
    return deps.status === 'error' ? deps : generateForDeal(deps.response, dealId, trigger);
  };
  switch (name) {
    case 'bitrix-robot':
      return handleRobotCall(request, properties.get(CONFIG_KEYS.robotSecret) ?? '', generate, appsLog);
    case 'bitrix-event':
      return handleDealEvent(request, properties.get(CONFIG_KEYS.applicationToken) ?? '', generate, appsLog);
    case 'bridge': case 'staff': case 'bitrix-stage-robot': return lifecycleRoute(name, request);
    default:
      return fail('unknown_route', `Неизвестный адрес запроса: "${name.slice(0, 40)}"`);
  }
}
