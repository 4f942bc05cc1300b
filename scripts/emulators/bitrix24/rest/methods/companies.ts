// crm.company.get, crm.company.list (api-reference/crm/companies/*.md). Multi-fields (EMAIL,
// PHONE, WEB, IM) come with get, and with list only when selected by name.
import { runListQuery } from '../listQuery';
import type { RestMethod } from '../methodTypes';
import { requireLegacyId } from '../params';
import { legacyCrmErrors } from '../restError';

const MULTI_FIELDS = ['EMAIL', 'PHONE', 'WEB', 'IM'] as const;

export const companyMethods: Record<string, RestMethod> = {
  'crm.company.get': (params, { store }) => {
    const id = requireLegacyId(params);
    const company = store.data.companies.find((c) => c.ID === id);
    if (company === undefined) throw legacyCrmErrors.notFound();
    return { result: company };
  },

  'crm.company.list': (params, { store }) => runListQuery(store.data.companies, params, { multiFields: MULTI_FIELDS }),
};
