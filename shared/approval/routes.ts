import { DOCUMENT_KIND_INFO, type ApprovalRouteKey, type DocumentKind } from '../kinds/documentKinds';
import type { ApprovalRole } from './roles';

/**
 * Approval routes as data: the roles that must approve, in order. The route of each document
 * kind is set in shared/kinds/documentKinds.ts (`approvalRoute`).
 *  - contract: framework and one-off contracts — the manager vouches for the terms agreed with
 *    the client, the lawyer checks the legal text, the director signs.
 *  - technical: specifications, appendices, supplementary agreements — these carry scope and
 *    deadlines, so the technical director checks them between the lawyer and the director.
 *  - none: invoices, acts, inventory lists need no internal approval.
 */
export const APPROVAL_ROUTES: { readonly [K in ApprovalRouteKey]: readonly ApprovalRole[] } = {
  contract: ['manager', 'lawyer', 'director'],
  technical: ['manager', 'lawyer', 'technical_director', 'director'],
  none: [],
};

export function routeKeyForKind(kind: DocumentKind): ApprovalRouteKey {
  return DOCUMENT_KIND_INFO[kind].approvalRoute;
}

export function routeForKind(kind: DocumentKind): readonly ApprovalRole[] {
  return APPROVAL_ROUTES[routeKeyForKind(kind)];
}
