import { fail } from '../../shared/result';
import { generationDeps } from '../entry/services';
import { generateForDeal } from '../generation/generateForDeal';
import { appsLog } from '../platform/apps/appsServices';
import { appsRegistersDeps } from '../registerIndex/appsRegistersDeps';
import { type ReconcileReport, runReconciliation } from './runReconciliation';

/**
 * Time-driven trigger (installRegisterTriggers: hourly): reconciliation with Bitrix24. Returns
 * its report for whoever runs it by hand; a trigger ignores it.
 */
export function reconcileDeals(): ReconcileReport {
  const deps = appsRegistersDeps();
  if (deps.status === 'error') {
    appsLog.warn('Reconciliation skipped', { detail: deps.detail });
    return { status: 'not_configured', dealsChecked: 0, generated: [], moved: [], timelineRepaired: [], problems: [deps.detail] };
  }
  return runReconciliation({
    ...deps.response,
    generate: (dealId) => {
      const generation = generationDeps();
      if (generation.status === 'error') return generation;
      try {
        return generateForDeal(generation.response, dealId, 'manual');
      } catch (error) {
        appsLog.error('Reconciliation: generation threw', { dealId, error: String(error) });
        return fail('internal_error', String(error instanceof Error ? error.message : error));
      }
    },
    bitrixTime: (instant) => Utilities.formatDate(instant, Session.getScriptTimeZone(), "yyyy-MM-dd'T'HH:mm:ssXXX"),
  });
}
