import { fail, type Result } from '../../shared/result';
import { staffRoute } from '../access/staffEntry';
import { stageRobotRoute } from '../review/stageRobotEntry';
import { bridgeRoute } from './bridgeRoute';

/**
 * The web-app routes of the document lifecycle (entry/doPost.ts hands them over in one case):
 * - `bridge`: the office bridge's signed requests (print jobs, scans, the index);
 * - `staff`: a contract-card action delegated by the sidebar (access/staffChannel.ts);
 * - `bitrix-stage-robot`: the "Webhook" robot of the review and signing stages (with `secret`).
 */
export function lifecycleRoute(name: string, request: { readonly query: { readonly [name: string]: string | undefined }; readonly body: string }): Result<unknown> {
  switch (name) {
    case 'bridge':
      return bridgeRoute(request.body);
    case 'staff':
      return staffRoute(request.body);
    case 'bitrix-stage-robot':
      return stageRobotRoute(request.query, request.body);
    default:
      return fail('unknown_route', `Неизвестный адрес запроса: "${name.slice(0, 40)}"`);
  }
}
