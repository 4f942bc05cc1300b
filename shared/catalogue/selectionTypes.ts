import type { DocumentKind } from '../kinds/documentKinds';
import type { LifecycleStatus } from '../lifecycle/statuses';
import type { Failure } from '../result';
import type { Catalogue } from './catalogueTypes';

/** One product row of the deal (crm.deal.productrows.get, with the product's section resolved). */
export interface DealProductRow {
  readonly productId: string;
  readonly name: string;
  /** The product's catalogue section path, parent first, joined with " / ". */
  readonly sectionName: string;
  readonly quantity: number;
  readonly price: number;
  /** ISO 4217 code, e.g. RUB, BYN. */
  readonly currency: string;
}

/** A document the client already has, from the registers. */
export interface ClientDocument {
  readonly kind: DocumentKind;
  readonly registryNumber: string;
  readonly lineOfBusiness: string;
  readonly status: LifecycleStatus;
  /** In force (signed, not expired or terminated), as the register marks it. */
  readonly active: boolean;
  /** Children issued under it so far (specifications, appendices, agreements): the next is +1. */
  readonly childCount: number;
  /** The catalogue template it was made from, when the register knows it. */
  readonly templateKey?: string;
}

export interface SelectionInput {
  readonly rows: readonly DealProductRow[];
  readonly clientDocuments: readonly ClientDocument[];
  readonly catalogue: Catalogue;
}

/** Where a child document (specification, appendix, agreement) belongs, and its number there. */
export type ParentReference =
  | {
      readonly source: 'existing';
      readonly kind: DocumentKind;
      readonly registryNumber: string;
      readonly childNumber: number;
    }
  | {
      /** A contract generated in the same selection: `documents[documentIndex]`. */
      readonly source: 'planned';
      readonly documentIndex: number;
      readonly templateKey: string;
      readonly childNumber: number;
    };

export interface PlannedDocument {
  readonly templateKey: string;
  readonly kind: DocumentKind;
  /** Undefined only for an invoice over rows of several lines of business. */
  readonly lineOfBusiness: string | undefined;
  /** The service the rows are; undefined for the invoice. */
  readonly service: string | undefined;
  /** The product rows this document covers, in deal order. */
  readonly rows: readonly DealProductRow[];
  readonly parent?: ParentReference;
  /** Russian sentences the sidebar shows: why this document. */
  readonly reasons: readonly string[];
}

export interface TemplateSelection {
  readonly currency: string;
  /** Contracts (each followed by its appendices) in the order their rows first appear; the invoice last. */
  readonly documents: readonly PlannedDocument[];
}

export type SelectionProblemType =
  | 'no_product_rows'
  | 'invalid_product_row'
  | 'mixed_currencies'
  | 'unknown_section'
  | 'mixed_lines_of_business'
  | 'forbidden_combination'
  | 'ambiguous_parent_contract'
  | 'unknown_template';

export interface SelectionProblem {
  readonly type: SelectionProblemType;
  /** Russian, for the sidebar. */
  readonly detail: string;
}

/** Selection refused, with every problem found; `detail` lists them all, one per line. */
export type SelectionFailure = Failure<'template_selection_failed'> & { readonly problems: readonly SelectionProblem[] };
