// crm.status.list: deal stages are the statuses whose ENTITY_ID is DEAL_STAGE (general pipeline)
// or DEAL_STAGE_<categoryId> (api-reference/crm/status/crm-status-list.md;
// crm-deal-get.md, "STAGE_ID"). Only deal stages are seeded.
import { runListQuery } from '../listQuery';
import type { RestMethod } from '../methodTypes';

export const statusMethods: Record<string, RestMethod> = {
  'crm.status.list': (params, { store }) => runListQuery(store.data.stages, params),
};
