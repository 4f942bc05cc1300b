// Requisites and what hangs off them: crm.requisite.list/get (api-reference/crm/requisites/
// universal), crm.requisite.link.list (…/links), crm.address.list (…/addresses),
// crm.requisite.bankdetail.list/get (…/bank-detail). Addresses have no ID of their own: they are
// keyed by TYPE_ID + ENTITY_TYPE_ID + ENTITY_ID (crm-address-list.md, "Description of Address Fields").
import { runListQuery } from '../listQuery';
import type { RestMethod } from '../methodTypes';
import { requireLegacyId } from '../params';
import { legacyCrmErrors } from '../restError';

export const requisiteMethods: Record<string, RestMethod> = {
  'crm.requisite.list': (params, { store }) => runListQuery(store.data.requisites, params),

  'crm.requisite.get': (params, { store }) => {
    const id = requireLegacyId(params);
    const requisite = store.data.requisites.find((r) => r.ID === id);
    if (requisite === undefined) throw legacyCrmErrors.notFound();
    return { result: requisite };
  },

  'crm.requisite.link.list': (params, { store }) => runListQuery(store.data.requisiteLinks, params),

  'crm.address.list': (params, { store }) => runListQuery(store.data.addresses, params),

  'crm.requisite.bankdetail.list': (params, { store }) => runListQuery(store.data.bankDetails, params),

  'crm.requisite.bankdetail.get': (params, { store }) => {
    const id = requireLegacyId(params);
    const detail = store.data.bankDetails.find((b) => b.ID === id);
    if (detail === undefined) throw legacyCrmErrors.notFound();
    return { result: detail };
  },
};
