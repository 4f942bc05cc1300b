import { parseRobotCall } from '../../shared/bitrix';
import { fail } from '../../shared/result';
import { constantTimeEqual } from '../../shared/text';
import type { LogPort } from '../platform/logPort';
import type { Generate, WebhookAnswer, WebhookRequest } from './webhookTypes';

/**
 * route=bitrix-robot: the deal automation's "Webhook" robot on the generate stage. The robot sends
 * no secret of its own, so the handler URL carries `secret=…` in its query; it is compared in
 * constant time with ROBOT_SECRET, and an unset secret refuses everything. A refused call
 * changes nothing and is logged without the values.
 */
export function handleRobotCall(request: WebhookRequest, robotSecret: string, generate: Generate, log: LogPort): WebhookAnswer {
  const given = request.query['secret'] ?? '';
  if (robotSecret === '' || !constantTimeEqual(robotSecret, given)) {
    log.warn('Robot call refused: wrong or missing secret', { secretGiven: given !== '' });
    return fail('forbidden', 'Запрос робота отклонён: неверный секрет в адресе обработчика.');
  }
  const call = parseRobotCall(request.body);
  if (call.status === 'error') {
    log.warn('Robot call refused: unreadable body', { type: call.type, detail: call.detail });
    return fail('bad_request', call.detail);
  }
  return generate(call.response.dealId, 'robot');
}
