import type { ApprovalRole, DecisionOutcome } from '../../shared/approval';
import type { DocumentKind } from '../../shared/kinds/documentKinds';
import type { LifecycleStatus } from '../../shared/lifecycle';

/**
 * What the contract card sends to the sidebar. Plain data only: google.script.run turns a
 * return value holding a Date into null (https://developers.google.com/apps-script/guides/html/reference/run),
 * so every time is an ISO 8601 string and the sidebar formats it.
 */
export interface ContractCard {
  readonly number: string;
  /** "Договор № 2026-00042 — ООО «Ромашка»". */
  readonly title: string;
  readonly kind: DocumentKind;
  readonly kindTitle: string;
  readonly status: LifecycleStatus;
  /** Russian, as the registers show it ("Черновик"). */
  readonly statusTitle: string;
  readonly statusSince: string;
  readonly barcode: CardBarcode;
  readonly template: CardTemplate;
  readonly deal: CardDeal;
  readonly client: { readonly id: string | null; readonly name: string };
  readonly manager: string;
  readonly docUrl: string | null;
  readonly pdfUrl: string | null;
  /** For an annex: the contract it belongs to. */
  readonly parent: CardDocumentSummary | null;
  /** Specifications, appendices and supplementary agreements issued under this contract. */
  readonly appendices: readonly CardDocumentSummary[];
  /** The deal's other documents (the invoice, other contracts), neither parent nor annex of this one. */
  readonly dealDocuments: readonly CardDocumentSummary[];
  /**
   * How many Documents rows the deal has, annulled ones included, as this card was built. «Создать
   * приложение» sends it back: a second press from the same card (a double click) makes nothing new.
   */
  readonly dealDocumentCount: number;
  /** The kind's approval route: planned (before signing) or with this round's decisions; null for kinds without one. */
  readonly approval: CardApproval | null;
  /** Who must decide now, while the document is on internal approval. */
  readonly nextApprover: CardNextApprover | null;
  readonly lastRejection: CardRejection | null;
  readonly annulment: CardAnnulment | null;
  /** The annulled document this one was issued to replace. */
  readonly replaces: CardDocumentSummary | null;
  /** The person the card was built for: the actions below are theirs. */
  readonly viewer: string;
  /** What the viewer may do now, decided by shared/lifecycle and shared/approval. */
  readonly actions: readonly CardActionName[];
}

export interface CardBarcode {
  /** What the Code 128 symbol carries (shared/numbers/barcodePayload.ts). */
  readonly payload: string;
  /** data:image/png;base64,… — null when the payload cannot be drawn. */
  readonly image: string | null;
}

export interface CardTemplate {
  /** key@version, as recorded at generation. */
  readonly ref: string;
  /** The catalogue's Russian title of the template; null for a key the catalogue no longer has. */
  readonly title: string | null;
  /** Why the template was chosen, in Russian (the catalogue's selection reasons). */
  readonly reasons: readonly string[];
  /** Why reasons are missing or partial, in Russian; null when they are complete. */
  readonly reasonsNote: string | null;
}

export interface CardDeal {
  readonly id: string;
  /** The deal's title in Bitrix24; null when Bitrix24 could not be read. */
  readonly title: string | null;
  /** The deal's page in the portal; null when Docflow is not connected to Bitrix24. */
  readonly url: string | null;
}

export interface CardDocumentSummary {
  readonly number: string;
  /** "Приложение № 1 к Договору № 2026-00042". */
  readonly title: string;
  readonly kindTitle: string;
  readonly status: LifecycleStatus;
  readonly statusTitle: string;
  readonly docUrl: string | null;
}

export type CardStepState = 'planned' | 'current' | 'approved' | 'rejected';

export interface CardApprovalStep {
  readonly role: ApprovalRole;
  readonly roleTitle: string;
  /** Who holds the role (the Settings sheet; the manager step is the responsible manager). */
  readonly people: readonly string[];
  readonly state: CardStepState;
  readonly decision: { readonly outcome: DecisionOutcome; readonly by: string; readonly at: string; readonly comment: string } | null;
}

export interface CardApproval {
  /** 0 before the first submission; then 1, 2… */
  readonly round: number;
  readonly steps: readonly CardApprovalStep[];
}

export interface CardNextApprover {
  readonly role: ApprovalRole;
  readonly roleTitle: string;
  /** Empty when the role is assigned to nobody (the card says so). */
  readonly people: readonly string[];
}

export interface CardRejection {
  readonly roleTitle: string;
  readonly by: string;
  readonly at: string;
  readonly comment: string;
}

export interface CardAnnulment {
  readonly reason: string;
  readonly replacement: CardDocumentSummary | null;
}

/**
 * Buttons of the card. Lifecycle actions run the review helper's server functions; the card's
 * own are create_appendix (generation) and open_pdf.
 */
export const CARD_ACTIONS = ['start_review', 'send_for_signing', 'approve', 'reject', 'annul', 'create_appendix', 'open_pdf'] as const;
export type CardActionName = (typeof CARD_ACTIONS)[number];

/** Why a card could not be shown; `detail` is Russian for the sidebar. */
export type CardError =
  | 'invalid_input'
  | 'no_context'
  | 'not_found'
  | 'not_allowed'
  | 'no_pdf'
  | 'unknown_user'
  | 'no_access'
  | 'not_configured'
  | 'register_broken'
  | 'internal_error';
