import type { DocumentKind } from '../kinds/documentKinds';

/**
 * How each document kind is numbered. The kinds table (shared/kinds) says which kinds hang
 * under a parent contract; these type-level subsets restate that so the compiler can tell a
 * standalone identity from an annex one. test/unit/shared/numbers/kindGroups.test.ts holds
 * them equal to the table's `hasParentContract`, so the two cannot drift apart silently.
 */

/** Kinds that get their own registry sequence. */
export const STANDALONE_KINDS = ['framework_contract', 'contract', 'invoice', 'act', 'inventory_list'] as const;
export type StandaloneKind = (typeof STANDALONE_KINDS)[number];

/** Kinds issued under a parent contract and numbered within it (1, 2, 3 … per parent and kind). */
export const ANNEX_KINDS = ['specification', 'appendix', 'supplementary_agreement'] as const;
export type AnnexKind = (typeof ANNEX_KINDS)[number];

/** Kinds an annex may hang under. */
export const PARENT_KINDS = ['framework_contract', 'contract'] as const;
export type ParentKind = (typeof PARENT_KINDS)[number];

export function isStandaloneKind(kind: DocumentKind): kind is StandaloneKind {
  return (STANDALONE_KINDS as readonly DocumentKind[]).includes(kind);
}

export function isAnnexKind(kind: DocumentKind): kind is AnnexKind {
  return (ANNEX_KINDS as readonly DocumentKind[]).includes(kind);
}

export function isParentKind(kind: DocumentKind): kind is ParentKind {
  return (PARENT_KINDS as readonly DocumentKind[]).includes(kind);
}
