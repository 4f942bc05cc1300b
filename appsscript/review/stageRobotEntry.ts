import { parseRobotCall } from '../../shared/bitrix';
import { fail, type Result } from '../../shared/result';
import { constantTimeEqual } from '../../shared/text';
import { appsLifecyclePorts } from '../audit/appsLifecyclePorts';
import { createBitrix24Rest } from '../bitrix24/bitrixRest';
import { CONFIG_KEYS } from '../config/configKeys';
import { urlFetchPort } from '../platform/apps/appsHttp';
import { appsLog, appsProperties } from '../platform/apps/appsServices';
import { appsConformanceCheck } from './conformance/appsConformance';
import { readDealContacts } from './dealContacts';
import { handleStageRobot, type StageRobotError, type StageRobotOutcome } from './stageRobot';

/**
 * The lifecycle stages' robot for one deal, with the real ports: review or signing by the
 * deal's stage, `other` for any other stage (generation's business). For generation's robot
 * route to call before it generates, so one robot URL can serve every stage.
 */
export function lifecycleStageRobot(dealId: string): Result<StageRobotOutcome, StageRobotError | 'not_configured'> {
  const lifecycle = appsLifecyclePorts();
  if (lifecycle.status === 'error') return lifecycle;
  const webhookUrl = (appsProperties().get(CONFIG_KEYS.webhookUrl) ?? '').trim();
  if (webhookUrl === '') return fail('not_configured', 'Битрикс24 не настроен: адрес вебхука не задан. Администратору: Docflow → Настройка.');
  const rest = createBitrix24Rest(webhookUrl, urlFetchPort);
  return handleStageRobot({ lifecycle: lifecycle.response, dealContacts: (id) => readDealContacts(rest, id), conformance: appsConformanceCheck(appsLog) }, dealId);
}

/**
 * doPost route=bitrix-stage-robot: the "Webhook" robot of the review and signing stages, with
 * `secret=<ROBOT_SECRET>` in its URL query as for the generate stage (the robot sends no secret
 * of its own). A wrong secret or an unreadable body is refused and changes nothing.
 */
export function stageRobotRoute(query: { readonly [name: string]: string | undefined }, body: string): Result<StageRobotOutcome, StageRobotError | 'not_configured' | 'forbidden' | 'bad_request' | 'internal_error'> {
  try {
    const secret = appsProperties().get(CONFIG_KEYS.robotSecret) ?? '';
    const given = query['secret'] ?? '';
    if (secret === '' || !constantTimeEqual(secret, given)) {
      appsLog.warn('Stage robot refused: wrong or missing secret', { secretGiven: given !== '' });
      return fail('forbidden', 'Запрос робота отклонён: неверный секрет в адресе обработчика.');
    }
    const call = parseRobotCall(body);
    if (call.status === 'error') return fail('bad_request', call.detail);
    return lifecycleStageRobot(call.response.dealId);
  } catch (error) {
    appsLog.error('Stage robot failed', { error: String(error), stack: error instanceof Error ? error.stack : undefined });
    return fail('internal_error', 'Внутренняя ошибка Docflow; подробности в журнале выполнения.');
  }
}

