// crm.deal.get, crm.deal.list, crm.deal.update, crm.deal.productrows.get
// (api-reference/crm/deals/*.md in bitrix24/b24restdocs).
import { runListQuery } from '../listQuery';
import type { RestMethod } from '../methodTypes';
import { objectParam, requireLegacyId } from '../params';
import { legacyCrmErrors, RestError } from '../restError';
import { updateDeal } from '../../state/updateDeal';

export const dealMethods: Record<string, RestMethod> = {
  'crm.deal.get': (params, { store }) => {
    const deal = store.deal(requireLegacyId(params));
    if (deal === undefined) throw legacyCrmErrors.notFound();
    return { result: deal };
  },

  'crm.deal.list': (params, { store }) => runListQuery(store.data.deals, params),

  'crm.deal.update': (params, ctx) => {
    const id = requireLegacyId(params);
    const fields = objectParam(params, 'fields');
    objectParam(params, 'params'); // documented: "Parameter 'params' must be array."
    const outcome = updateDeal(ctx.store, id, fields, ctx.userId, ctx.nowIso());
    if (outcome instanceof RestError) throw outcome;
    // Every successful update fires ONCRMDEALUPDATE, the product's own included.
    ctx.dealUpdated(id, outcome.stageEntered);
    return { result: true };
  },

  'crm.deal.productrows.get': (params, { store }) => {
    const id = requireLegacyId(params);
    if (store.deal(id) === undefined) throw legacyCrmErrors.notFound();
    const rows = store.data.productRows.filter((r) => r.OWNER_ID === id).sort((a, b) => Number(a['SORT']) - Number(b['SORT']));
    return { result: rows };
  },
};
