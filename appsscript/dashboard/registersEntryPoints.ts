/**
 * The registers feature's global functions (issue 7), re-exported by appsscript/main.ts in one
 * line. Triggers: refreshDashboard (also the menu item), dailyOverdueReminders, reconcileDeals;
 * installRegisterTriggers sets them up. The two functions ending in "_" are private in Apps
 * Script (not callable from google.script.run, not listed in the editor): they take an already
 * verified bridge message, for the bridge dispatcher's tests and the benchmarks.
 */
import { type IndexDelta, type ScanEventAck, validateMessage } from '../../shared/protocol';
import { fail, type Result } from '../../shared/result';
import { answerIndexDeltaRequest, answerScanEventBatch, type RegistersBridgeError } from '../correspondence/bridgeHandlers';

export { dailyOverdueReminders } from '../overdue/dailyOverdueReminders';
export { reconcileDeals } from '../reconcile/reconcileDeals';
export { installRegisterTriggers } from './installRegisterTriggers';
export { refreshDashboard } from './refreshDashboard';

export function registerScanEventBatch_(message: unknown): Result<ScanEventAck, RegistersBridgeError | 'invalid_message'> {
  const validated = validateMessage(message, ['scan_event_batch']);
  if (validated.status === 'error') return fail('invalid_message', validated.detail);
  return validated.response.type === 'scan_event_batch' ? answerScanEventBatch(validated.response) : fail('invalid_message', 'Ожидался пакет сканирований.');
}

export function answerIndexDeltaRequest_(message: unknown): Result<IndexDelta, RegistersBridgeError | 'invalid_message'> {
  const validated = validateMessage(message, ['index_delta_request']);
  if (validated.status === 'error') return fail('invalid_message', validated.detail);
  return validated.response.type === 'index_delta_request' ? answerIndexDeltaRequest(validated.response) : fail('invalid_message', 'Ожидался запрос изменений индекса.');
}
