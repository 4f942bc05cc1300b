// crm.product.get/list and crm.productsection.get/list: the legacy CRM catalogue methods
// (api-reference/crm/outdated/products/*.md, …/outdated/product-section/*.md), still what a
// webhook integration reaches first.
import { runListQuery } from '../listQuery';
import type { RestMethod } from '../methodTypes';
import { requireLegacyId } from '../params';
import { legacyCrmErrors } from '../restError';

export const catalogMethods: Record<string, RestMethod> = {
  'crm.product.get': (params, { store }) => {
    const id = requireLegacyId(params);
    const product = store.data.products.find((p) => p.ID === id);
    if (product === undefined) throw legacyCrmErrors.notFound();
    return { result: product };
  },

  'crm.product.list': (params, { store }) => runListQuery(store.data.products, params),

  'crm.productsection.get': (params, { store }) => {
    const id = requireLegacyId(params);
    const section = store.data.productSections.find((s) => s.ID === id);
    if (section === undefined) throw legacyCrmErrors.notFound();
    return { result: section };
  },

  'crm.productsection.list': (params, { store }) => runListQuery(store.data.productSections, params),
};
