// A deal update as crm.deal.update performs it (api-reference/crm/deals/crm-deal-update.md):
// only the passed fields change, unknown fields are ignored, the pipeline (CATEGORY_ID) cannot be
// changed here, DATE_MODIFY/MODIFY_BY_ID follow the author, and a stage change also sets
// STAGE_SEMANTIC_ID, CLOSED, MOVED_BY_ID and MOVED_TIME. Custom fields (UF_CRM_*) are accepted
// whatever their name, since the emulator cannot know which ones the portal defines.
import { legacyCrmError, legacyCrmErrors, type RestError } from '../rest/restError';
import { stageEntityId, type DealRecord } from '../seed/seedTypes';
import type { CrmStore } from './crmStore';

const READ_ONLY = new Set([
  'ID',
  'CATEGORY_ID',
  'STAGE_SEMANTIC_ID',
  'CLOSED',
  'DATE_CREATE',
  'DATE_MODIFY',
  'CREATED_BY_ID',
  'MODIFY_BY_ID',
  'MOVED_BY_ID',
  'MOVED_TIME',
  'IS_NEW',
]);

export interface DealUpdateResult {
  deal: DealRecord;
  /** The stage the deal entered, or null when the stage did not change. */
  stageEntered: string | null;
}

export function updateDeal(
  store: CrmStore,
  dealId: string,
  fields: Record<string, unknown>,
  actorId: string,
  nowIso: string,
): DealUpdateResult | RestError {
  const deal = store.deal(dealId);
  if (deal === undefined) return legacyCrmErrors.notFound();
  const changes: Record<string, unknown> = {};
  for (const [rawKey, value] of Object.entries(fields)) {
    const key = rawKey.toUpperCase();
    if (READ_ONLY.has(key)) continue;
    if (!(key in deal) && !key.startsWith('UF_CRM_')) continue;
    changes[key] = normalize(key, value);
  }
  let stageEntered: string | null = null;
  if ('STAGE_ID' in changes) {
    const stageId = String(changes['STAGE_ID']);
    const stage = store.data.stages.find((s) => s.ENTITY_ID === stageEntityId(deal.CATEGORY_ID) && s.STATUS_ID === stageId);
    if (stage === undefined) return legacyCrmError(`Invalid value for the "Stage" field: ${stageId}`);
    if (stageId !== deal.STAGE_ID) {
      stageEntered = stageId;
      changes['STAGE_SEMANTIC_ID'] = stage.SEMANTICS ?? 'P';
      changes['CLOSED'] = stage.SEMANTICS === null ? 'N' : 'Y';
      changes['MOVED_BY_ID'] = actorId;
      changes['MOVED_TIME'] = nowIso;
    }
  }
  Object.assign(deal, changes, { DATE_MODIFY: nowIso, MODIFY_BY_ID: actorId });
  return { deal, stageEntered };
}

function normalize(key: string, value: unknown): unknown {
  if (key === 'OPPORTUNITY' || key === 'TAX_VALUE') return Number(value ?? 0).toFixed(2);
  if (key === 'COMPANY_ID') return value === null || value === '' || Number(value) === 0 ? null : String(Number(value));
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'Y' : 'N';
  return value;
}
