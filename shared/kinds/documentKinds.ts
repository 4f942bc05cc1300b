/**
 * Document kinds and what each one means for the paper trail: whether our signed copy must
 * come back from the client, how many copies the office prints, and which approval route
 * it takes (the routes themselves live in shared/approval).
 */
export const DOCUMENT_KINDS = [
  'framework_contract',
  'contract',
  'specification',
  'appendix',
  'supplementary_agreement',
  'invoice',
  'act',
  'inventory_list',
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Approval route keys; `none` means the document needs no internal approval. */
export type ApprovalRouteKey = 'contract' | 'technical' | 'none';

export interface DocumentKindInfo {
  readonly kind: DocumentKind;
  /** Russian name as the interface and registers show it. */
  readonly title: string;
  /** One capital letter (A–Z) that identifies the kind inside a barcode payload. */
  readonly code: string;
  /** Must a copy signed by the client come back to us? */
  readonly signedCopyReturns: boolean;
  /** Copies the office prints (both parties' originals for two-sided papers). */
  readonly printedCopies: number;
  readonly approvalRoute: ApprovalRouteKey;
  /** Kinds issued under a parent contract and numbered within it. */
  readonly hasParentContract: boolean;
}

export const DOCUMENT_KIND_INFO: { readonly [K in DocumentKind]: DocumentKindInfo } = {
  framework_contract: {
    kind: 'framework_contract',
    title: 'Рамочный договор',
    code: 'F',
    signedCopyReturns: true,
    printedCopies: 2,
    approvalRoute: 'contract',
    hasParentContract: false,
  },
  contract: {
    kind: 'contract',
    title: 'Договор',
    code: 'C',
    signedCopyReturns: true,
    printedCopies: 2,
    approvalRoute: 'contract',
    hasParentContract: false,
  },
  specification: {
    kind: 'specification',
    title: 'Спецификация',
    code: 'S',
    signedCopyReturns: true,
    printedCopies: 2,
    approvalRoute: 'technical',
    hasParentContract: true,
  },
  appendix: {
    kind: 'appendix',
    title: 'Приложение',
    code: 'P',
    signedCopyReturns: true,
    printedCopies: 2,
    approvalRoute: 'technical',
    hasParentContract: true,
  },
  supplementary_agreement: {
    kind: 'supplementary_agreement',
    title: 'Дополнительное соглашение',
    code: 'D',
    signedCopyReturns: true,
    printedCopies: 2,
    approvalRoute: 'technical',
    hasParentContract: true,
  },
  invoice: {
    kind: 'invoice',
    title: 'Счёт на оплату',
    code: 'I',
    signedCopyReturns: false,
    printedCopies: 1,
    approvalRoute: 'none',
    hasParentContract: false,
  },
  act: {
    kind: 'act',
    title: 'Акт оказанных услуг',
    code: 'A',
    signedCopyReturns: true,
    printedCopies: 2,
    approvalRoute: 'none',
    hasParentContract: false,
  },
  inventory_list: {
    kind: 'inventory_list',
    title: 'Опись вложения (ф. 107)',
    code: 'L',
    signedCopyReturns: false,
    printedCopies: 2,
    approvalRoute: 'none',
    hasParentContract: false,
  },
};

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}

export function kindByCode(code: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((k) => DOCUMENT_KIND_INFO[k].code === code);
}
