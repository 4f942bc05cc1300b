import { parseRegistryNumber } from '../../../shared/numbers';
import type { DocumentRow } from '../../../shared/registers';
import { fail, ok, type Result } from '../../../shared/result';
import type { GenerationDeps } from '../../generation/generationTypes';
import { type DealPlan, mergeDataFor, planDeal, type PlanError } from './dealPlan';
import type { MergeValuesSource } from './mergeValuesSource';

/**
 * MergeValuesSource that replays generation (dealPlan.ts): the deal is read once per operation
 * however many of its documents are checked. The date is the document's registration day, as
 * generation dated it.
 */
export function rebuiltMergeValues(deps: Pick<GenerationDeps, 'rest' | 'catalogue' | 'clock' | 'book' | 'properties'>): MergeValuesSource {
  const plans = new Map<string, Result<DealPlan, PlanError>>();
  return {
    valuesFor(row: DocumentRow, registered: readonly DocumentRow[]) {
      const plan = plans.get(row.dealId) ?? planDeal(deps, row.dealId, registered);
      plans.set(row.dealId, plan);
      if (plan.status === 'error') return plan;
      const index = plan.response.matched.findIndex((matched) => matched?.registryNumber === row.registryNumber);
      if (index < 0) return fail('merge_data_unavailable', 'по текущим данным сделки этот документ сформировался бы иначе');
      const identity = parseRegistryNumber(row.registryNumber);
      if (identity.status === 'error') return fail('merge_data_unavailable', identity.detail);
      const data = mergeDataFor(plan.response, index, identity.response, deps.clock.calendarDate(new Date(row.createdAt)));
      return data.status === 'error' ? data : ok({ fields: data.response.fields, rows: data.response.rows });
    },
  };
}
